package cn.fzmetro.portal.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes the calendar tables; the only class that touches the repositories. */
@Component
class CalendarStore implements CalendarSource {

    static final String SYSTEM = "system";

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;

    CalendarStore(CalendarYearRepository years, CalendarDayRepository days) {
        this.years = years;
        this.days = days;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkingCalendar load() {
        Map<Integer, List<SpecialDay>> byYear = days.findAll().stream().collect(Collectors.groupingBy(
                CalendarDay::calendarYear, Collectors.mapping(CalendarDay::toSpecialDay, Collectors.toList())));
        List<WorkingCalendar.Year> stored = new ArrayList<>();
        for (CalendarYear y : years.findAll()) {
            List<SpecialDay> list = byYear.getOrDefault(y.year(), List.of());
            stored.add(new WorkingCalendar.Year(info(y, list), list));
        }
        return WorkingCalendar.of(stored);
    }

    /** Stores a checked file as its year, replacing whatever that year held before. */
    @Transactional
    public CalendarYearInfo replace(CalendarFile file, String by, Instant now) {
        CalendarYear year = years.findForUpdate(file.year()).orElseGet(() -> new CalendarYear(file.year()));
        year.replace(file, by, now);
        years.saveAndFlush(year);
        days.deleteByYear(file.year());
        days.saveAll(file.days().stream().map(d -> new CalendarDay(file.year(), d)).toList());
        return info(year, file.days());
    }

    /**
     * Imports bundled files on start: a year the database does not hold, or one it holds only as the
     * system's unofficial placeholder when the bundled file is official. Whatever an administrator
     * imported is kept. Returns the years written.
     */
    @Transactional
    public List<Integer> importBundled(List<CalendarFile> files, Instant now) {
        List<Integer> written = new ArrayList<>();
        for (CalendarFile file : files) {
            var stored = years.findForUpdate(file.year());
            boolean placeholder = stored.map(y -> !y.official() && SYSTEM.equals(y.importedBy())).orElse(false);
            if (stored.isEmpty() || (placeholder && file.official())) {
                replace(file, SYSTEM, now);
                written.add(file.year());
            }
        }
        return written;
    }

    private static CalendarYearInfo info(CalendarYear year, List<SpecialDay> list) {
        int holidays = (int) list.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        return year.info(holidays, list.size() - holidays);
    }
}
