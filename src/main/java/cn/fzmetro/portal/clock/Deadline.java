package cn.fzmetro.portal.clock;

import java.time.LocalDate;

/**
 * A computed due date: {@code workingDays} counted from the day after {@code start}, skipping the
 * {@code stoppedWorkingDays} on which the clock was stopped. {@code provisional} is true when the
 * count crossed a year without an official calendar (counted as plain Monday–Friday): the date may
 * move once that year's holiday notice is imported.
 */
public record Deadline(LocalDate start, int workingDays, LocalDate dueDate, int stoppedWorkingDays,
        boolean provisional) {
}
