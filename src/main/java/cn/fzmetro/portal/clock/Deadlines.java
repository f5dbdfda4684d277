package cn.fzmetro.portal.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Statutory clocks: the due date of a limit in working days counted from a start day, with clock
 * stops (periods the law does not count: 补正, 现场核查, 听证, 检测, 专家评审 — 行政许可法 art. 45),
 * and where a due date stands today. "Today" is the injected {@link Clock}'s date in Asia/Shanghai.
 */
@Service
public class Deadlines {

    /** The portal's legal time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingDays workingDays;
    private final Clock clock;
    private final int warningDays;

    Deadlines(WorkingDays workingDays, Clock clock, @Value("${portal.clock.warning-days:2}") int warningDays) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("portal.clock.warning-days must be 0 or more: " + warningDays);
        }
        this.workingDays = workingDays;
        this.clock = clock;
        this.warningDays = warningDays;
    }

    /** The first instant of {@code day} in the portal's time zone, for day-based periods in queries. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The date of an instant in Asia/Shanghai. */
    public static LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Today in Asia/Shanghai by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The last working days before a due date in which its clock shows {@link ClockState#WARNING}. */
    public int warningDays() {
        return warningDays;
    }

    /**
     * The end of today's warning period: a due date from today up to, not including, this day shows
     * {@link ClockState#WARNING} in {@link #status} today (fewer than {@code warningDays} working days
     * follow today up to it). Today itself when warnings are off, so the range is empty.
     */
    public LocalDate warningUntil() {
        LocalDate today = today();
        return warningDays == 0 ? today : workingDays.addWorkingDays(today, warningDays);
    }

    /**
     * The deadline of {@code limit} working days from {@code start} (the start day not counted),
     * not counting working days inside any of {@code stops}.
     */
    public Deadline deadline(LocalDate start, int limit, List<ClockStop> stops) {
        if (limit < 1) {
            throw new IllegalArgumentException("a time limit is at least 1 working day: " + limit);
        }
        List<ClockStop> all = stops == null ? List.of() : List.copyOf(stops);
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate today = today();
        Predicate<LocalDate> stopped = day -> all.stream().anyMatch(s -> s.covers(day, today));
        LocalDate due = calendar.addWorkingDays(start, limit, stopped);
        int stoppedDays = calendar.workingDaysBetween(start, due, day -> false) - limit;
        return new Deadline(start, limit, due, stoppedDays, calendar.anyUnofficial(start, due));
    }

    /** {@link #deadline(LocalDate, int, List)} from a moment, taken as its date in Asia/Shanghai. */
    public Deadline deadline(Instant start, int limit, List<ClockStop> stops) {
        return deadline(localDate(start), limit, stops);
    }

    public LocalDate dueDate(LocalDate start, int limit, List<ClockStop> stops) {
        return deadline(start, limit, stops).dueDate();
    }

    public LocalDate dueDate(Instant start, int limit, List<ClockStop> stops) {
        return deadline(start, limit, stops).dueDate();
    }

    /**
     * Where {@code dueDate} stands today: OVERDUE once the due date has passed; WARNING when no more
     * than {@code warningDays - 1} working days follow today up to the due date (today is among the
     * last {@code warningDays} working days); RUNNING otherwise.
     */
    public ClockStatus status(LocalDate dueDate) {
        if (dueDate == null) {
            throw new IllegalArgumentException("due date is required");
        }
        LocalDate today = today();
        if (today.isAfter(dueDate)) {
            int late = workingDays.workingDaysBetween(dueDate, today);
            return new ClockStatus(ClockState.OVERDUE, -Math.max(1, late), dueDate, today);
        }
        int left = workingDays.workingDaysBetween(today, dueDate);
        ClockState state = left < warningDays ? ClockState.WARNING : ClockState.RUNNING;
        return new ClockStatus(state, left, dueDate, today);
    }
}
