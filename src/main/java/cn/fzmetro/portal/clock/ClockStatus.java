package cn.fzmetro.portal.clock;

import java.time.LocalDate;

/**
 * A due date seen from today. {@code workingDaysLeft} counts the working days after today up to and
 * including the due date (0 on the due date itself); once overdue it is negative, the working days
 * elapsed since the due date and at least -1.
 */
public record ClockStatus(ClockState state, int workingDaysLeft, LocalDate dueDate, LocalDate today) {
}
