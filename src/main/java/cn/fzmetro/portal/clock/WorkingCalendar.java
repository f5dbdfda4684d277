package cn.fzmetro.portal.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An immutable snapshot of the calendar and the arithmetic on it. A day is a working day when it
 * is an adjusted working day, or a Monday–Friday that is not a holiday. When several year files list
 * the same date (a holiday period across the new year), the later calendar year wins: its notice is
 * the more recent decision.
 */
final class WorkingCalendar {

    /** Far enough for any statutory limit; guards against a runaway loop on absurd input. */
    static final int MAX_WORKING_DAYS = 5000;

    private final Map<Integer, CalendarYearInfo> years;
    private final Map<LocalDate, SpecialDay> days;

    /** A year as stored: its metadata and its special days. */
    record Year(CalendarYearInfo info, List<SpecialDay> days) {
    }

    private WorkingCalendar(Map<Integer, CalendarYearInfo> years, Map<LocalDate, SpecialDay> days) {
        this.years = years;
        this.days = days;
    }

    static WorkingCalendar of(Collection<Year> stored) {
        Map<Integer, CalendarYearInfo> years = new TreeMap<>();
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        stored.stream().sorted(Comparator.comparingInt(y -> y.info().year())).forEach(y -> {
            years.put(y.info().year(), y.info());
            y.days().forEach(d -> days.put(d.date(), d));
        });
        return new WorkingCalendar(Map.copyOf(years), Map.copyOf(days));
    }

    static WorkingCalendar empty() {
        return new WorkingCalendar(Map.of(), Map.of());
    }

    boolean isWorkingDay(LocalDate day) {
        SpecialDay special = days.get(day);
        if (special != null) {
            return special.kind() == DayKind.ADJUSTED_WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    Optional<SpecialDay> specialDay(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    /**
     * The day on which the {@code n}-th counted working day after {@code start} falls; days for which
     * {@code stopped} is true are not counted. {@code n == 0} gives {@code start}.
     */
    LocalDate addWorkingDays(LocalDate start, int n, Predicate<LocalDate> stopped) {
        if (start == null) {
            throw new IllegalArgumentException("start date is required");
        }
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS + ": " + n);
        }
        LocalDate day = start;
        int counted = 0;
        int guard = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day) && !stopped.test(day)) {
                counted++;
            }
            if (++guard > MAX_WORKING_DAYS * 10) {
                throw new IllegalStateException("clock stopped too long to count " + n + " working days from " + start);
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to, Predicate<LocalDate> stopped) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both dates are required");
        }
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from, stopped);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day) && !stopped.test(day)) {
                count++;
            }
        }
        return count;
    }

    boolean isOfficial(int year) {
        CalendarYearInfo info = years.get(year);
        return info != null && info.official();
    }

    /** Years from {@code first} to {@code last} (inclusive) that have no official calendar. */
    List<Integer> unofficialYears(int first, int last) {
        if (last < first) {
            throw new IllegalArgumentException("range ends (" + last + ") before it begins (" + first + ")");
        }
        return java.util.stream.IntStream.rangeClosed(first, last).filter(y -> !isOfficial(y)).boxed().toList();
    }

    /** Whether any year touched by the period from {@code from} to {@code to} lacks an official calendar. */
    boolean anyUnofficial(LocalDate from, LocalDate to) {
        LocalDate a = from.isBefore(to) ? from : to;
        LocalDate b = from.isBefore(to) ? to : from;
        return !unofficialYears(a.getYear(), b.getYear()).isEmpty();
    }

    /** Stored years, oldest first. */
    List<CalendarYearInfo> years() {
        return years.values().stream().sorted(Comparator.comparingInt(CalendarYearInfo::year)).toList();
    }
}
