package cn.fzmetro.portal.clock;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.base.data.DataFiles;

/**
 * The administrators' side of the calendar: the stored years, the years still lacking an official
 * notice, and importing a year's file (which replaces that year).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CalendarAdmin {

    private final DataFiles dataFiles;
    private final CalendarStore store;
    private final WorkingDays workingDays;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarAdmin(DataFiles dataFiles, CalendarStore store, WorkingDays workingDays, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.dataFiles = dataFiles;
        this.store = store;
        this.workingDays = workingDays;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports one year's calendar file ({@code catalog/schema/calendar.schema.json}, at most 1 MB).
     * A file with any problem is refused with a {@link DataFileException} listing every problem in
     * Chinese, and nothing changes; a valid file replaces the year it names. Publishes
     * {@link CalendarYearImported}; working-day counts use the new calendar once this commits.
     */
    @Transactional
    public CalendarYearInfo importYear(String fileName, byte[] yaml) {
        String by = currentUser.require().username();
        CalendarFile file = CalendarFile.parse(dataFiles, fileName, yaml);
        var now = clock.instant();
        CalendarYearInfo info = store.replace(file, by, now);
        events.publishEvent(new CalendarYearImported(file.year(), file.official(), by, now));
        refreshAfterCommit();
        return info;
    }

    /** The stored years, oldest first. */
    @Transactional(readOnly = true)
    public List<CalendarYearInfo> years() {
        return store.load().years();
    }

    /**
     * Years an administrator must see to: stored years marked unofficial, and this year or next year
     * if no official calendar has been imported for them (deadlines run into next year from autumn).
     */
    @Transactional(readOnly = true)
    public List<Integer> yearsWithoutOfficialCalendar() {
        WorkingCalendar calendar = store.load();
        int thisYear = Deadlines.localDate(clock.instant()).getYear();
        TreeSet<Integer> years = new TreeSet<>(calendar.unofficialYears(thisYear, thisYear + 1));
        calendar.years().stream().filter(y -> !y.official()).map(CalendarYearInfo::year).forEach(years::add);
        return List.copyOf(years);
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workingDays.refresh();
                }
            });
        } else {
            workingDays.refresh();
        }
    }
}
