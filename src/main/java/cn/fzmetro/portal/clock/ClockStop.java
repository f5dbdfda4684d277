package cn.fzmetro.portal.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period during which a statutory clock does not run (补正, 现场核查, 听证, 检测, 专家评审 …):
 * working days {@code d} with {@code from <= d < to} are not counted. The day the clock resumes
 * counts again. {@code to == null} means the stop is still going on; it is then treated as lasting
 * through today, so the due date shown is the earliest possible one if the clock resumed tomorrow.
 */
public record ClockStop(LocalDate from, LocalDate to) {

    public ClockStop {
        Objects.requireNonNull(from, "a clock stop needs the day it began");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("clock stop ends (" + to + ") before it begins (" + from + ")");
        }
    }

    /** A stop between two moments, taken as dates in Asia/Shanghai. */
    public static ClockStop between(Instant from, Instant to) {
        return new ClockStop(Deadlines.localDate(from), to == null ? null : Deadlines.localDate(to));
    }

    /** A stop that has begun and not yet ended. */
    public static ClockStop ongoing(LocalDate from) {
        return new ClockStop(from, null);
    }

    public boolean isOngoing() {
        return to == null;
    }

    /** Whether the clock is stopped on {@code day}, an ongoing stop lasting until {@code today} inclusive. */
    boolean covers(LocalDate day, LocalDate today) {
        LocalDate end = to != null ? to : today.plusDays(1);
        return !day.isBefore(from) && day.isBefore(end);
    }
}
