package cn.fzmetro.portal.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Service;

/**
 * Which days are working days, and counting in working days. Saturdays and Sundays are days off
 * unless the calendar lists them as adjusted working days (调休上班); Monday–Friday are working
 * days unless listed as holidays. A year without an official calendar counts plain Monday–Friday:
 * nothing is guessed, and {@link #isOfficial(int)} / {@link #unofficialYears(int, int)} tell who
 * needs to know.
 * <p>
 * Counting follows "自受理之日起N个工作日": the start day is not counted, the first counted day is
 * the next working day (民法典 art. 201, 行政许可法 art. 82). The calendar is small and read on
 * every count, so it is held in memory and reloaded after an import.
 */
@Service
public class WorkingDays {

    private record Cached(long generation, WorkingCalendar calendar) {
    }

    private final CalendarSource source;
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    WorkingDays(CalendarSource source) {
        this.source = source;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day is required");
        }
        return calendar().isWorkingDay(day);
    }

    /**
     * The date that is {@code n} working days after {@code start}, the start day not counted:
     * {@code addWorkingDays(Thu 2025-09-25, 5)} is Thu 2025-10-09 (Sep 26, Sun Sep 28 调休, Sep 29,
     * Sep 30, then Oct 9 after the 国庆 holiday). {@code n == 0} gives {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return calendar().addWorkingDays(start, n, day -> false);
    }

    /** Working days after {@code from} up to and including {@code to}; negative if {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to, day -> false);
    }

    /** The holiday or adjusted working day on {@code day}, if the calendar lists one. */
    public Optional<SpecialDay> specialDay(LocalDate day) {
        return calendar().specialDay(day);
    }

    /** Whether an official holiday notice has been imported for {@code year}. */
    public boolean isOfficial(int year) {
        return calendar().isOfficial(year);
    }

    /** The years from {@code firstYear} to {@code lastYear} (inclusive) that have no official calendar. */
    public List<Integer> unofficialYears(int firstYear, int lastYear) {
        return calendar().unofficialYears(firstYear, lastYear);
    }

    /** Every stored calendar year, oldest first. */
    public List<CalendarYearInfo> years() {
        return calendar().years();
    }

    /** Drops the snapshot; the next call reads the calendar again. */
    void refresh() {
        generation.incrementAndGet();
    }

    WorkingCalendar calendar() {
        Cached c = cached;
        long g = generation.get();
        if (c != null && c.generation() == g) {
            return c.calendar();
        }
        WorkingCalendar loaded = source.load();
        // a refresh during the load means the data may already be newer than what was read
        if (generation.get() == g) {
            cached = new Cached(g, loaded);
        }
        return loaded;
    }
}
