package cn.fzmetro.portal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Due dates with clock stops, and the state of a clock seen from a fixed "today". */
class DeadlinesTest {

    private final WorkingDays workingDays = BundledCalendars.workingDays();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Deadlines whose "today" is {@code today} in Asia/Shanghai, from a clock running in UTC. */
    private Deadlines at(String today, int warningDays) {
        // 20:00 UTC the evening before is 04:00 in Shanghai: "today" must follow Shanghai, not the clock's zone
        Instant instant = d(today).minusDays(1).atTime(20, 0).toInstant(ZoneOffset.UTC);
        return new Deadlines(workingDays, Clock.fixed(instant, ZoneOffset.UTC), warningDays);
    }

    private Deadlines at(String today) {
        return at(today, 2);
    }

    @Test
    void withoutStopsTheDueDateIsTheLimitInWorkingDays() {
        Deadline deadline = at("2026-03-02").deadline(d("2026-03-02"), 20, List.of());
        // March 2026 has no holiday: Mar 3–6, 9–13, 16–20, 23–27 are 19 days, the 20th is Mon Mar 30
        assertThat(deadline.dueDate()).isEqualTo(d("2026-03-30"));
        assertThat(deadline.stoppedWorkingDays()).isZero();
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void aStopInTheMiddlePushesTheDueDateByTheWorkingDaysStopped() {
        Deadlines deadlines = at("2026-03-02");
        // site inspection from Tue Mar 10, clock resumes Fri Mar 13: Mar 10, 11, 12 are not counted
        Deadline deadline = deadlines.deadline(d("2026-03-02"), 20, List.of(new ClockStop(d("2026-03-10"), d("2026-03-13"))));
        assertThat(deadline.stoppedWorkingDays()).isEqualTo(3);
        assertThat(deadline.dueDate()).isEqualTo(d("2026-04-02"));
        assertThat(deadline.dueDate()).isEqualTo(workingDays.addWorkingDays(d("2026-03-30"), 3));
    }

    @Test
    void stoppedWeekendsAndHolidaysCostNothingAndStopsOutsideTheCountDoNotMatter() {
        Deadlines deadlines = at("2026-03-02");
        assertThat(deadlines.dueDate(d("2026-03-02"), 20, List.of(new ClockStop(d("2026-03-14"), d("2026-03-16")))))
                .isEqualTo(d("2026-03-30"));
        assertThat(deadlines.dueDate(d("2026-03-02"), 20, List.of(new ClockStop(d("2026-04-01"), d("2026-04-20")))))
                .isEqualTo(d("2026-03-30"));
        assertThat(deadlines.dueDate(d("2026-03-02"), 20, List.of(new ClockStop(d("2026-03-05"), d("2026-03-05")))))
                .isEqualTo(d("2026-03-30"));
    }

    @Test
    void aStopAcrossQingmingCountsOnlyTheWorkingDaysItCovers() {
        // received Wed Mar 25, 5 days; stopped Mar 30 – Apr 7 (清明 Apr 4–6 inside), resumes Wed Apr 8
        Deadline deadline = at("2026-03-25").deadline(d("2026-03-25"), 5,
                List.of(new ClockStop(d("2026-03-30"), d("2026-04-08"))));
        // counted: Mar 26, Mar 27, Apr 8, Apr 9, Apr 10; stopped: Mar 30, 31, Apr 1, 2, 3, 7
        assertThat(deadline.dueDate()).isEqualTo(d("2026-04-10"));
        assertThat(deadline.stoppedWorkingDays()).isEqualTo(6);
    }

    @Test
    void severalStopsAddUp() {
        Deadline deadline = at("2026-03-02").deadline(d("2026-03-02"), 20, List.of(
                new ClockStop(d("2026-03-10"), d("2026-03-13")), new ClockStop(d("2026-03-23"), d("2026-03-25"))));
        assertThat(deadline.stoppedWorkingDays()).isEqualTo(5);
        // five more after Mon Mar 30: Mar 31, Apr 1, 2, 3 and — after 清明 Apr 4–6 — Tue Apr 7
        assertThat(deadline.dueDate()).isEqualTo(d("2026-04-07"));
    }

    @Test
    void anOngoingStopLastsThroughToday() {
        // stopped since Tue Mar 10, today Wed Mar 11: two working days stopped so far
        Deadline deadline = at("2026-03-11").deadline(d("2026-03-02"), 20, List.of(ClockStop.ongoing(d("2026-03-10"))));
        assertThat(deadline.stoppedWorkingDays()).isEqualTo(2);
        assertThat(deadline.dueDate()).isEqualTo(d("2026-04-01"));
    }

    @Test
    void aStartMomentIsTakenAsItsDateInShanghai() {
        // 2026-03-01 17:00 UTC is 2026-03-02 01:00 in Shanghai
        Instant receivedAt = Instant.parse("2026-03-01T17:00:00Z");
        assertThat(at("2026-03-02").dueDate(receivedAt, 20, List.of())).isEqualTo(d("2026-03-30"));
        ClockStop stop = ClockStop.between(Instant.parse("2026-03-09T16:30:00Z"), Instant.parse("2026-03-12T17:00:00Z"));
        assertThat(stop).isEqualTo(new ClockStop(d("2026-03-10"), d("2026-03-13")));
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutOfficialCalendarIsProvisional() {
        Deadline deadline = at("2026-12-20").deadline(d("2026-12-20"), 20, List.of());
        assertThat(deadline.dueDate().getYear()).isEqualTo(2027);
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void theFiveDayRuleCountedThroughTheNationalDayHoliday() {
        Deadlines deadlines = at("2025-09-25");
        assertThat(deadlines.dueDate(d("2025-09-25"), 5, List.of())).isEqualTo(d("2025-10-09"));
        assertThat(at("2025-10-09").status(d("2025-10-09")).state()).isEqualTo(ClockState.WARNING);
        assertThat(at("2025-10-10").status(d("2025-10-09")))
                .isEqualTo(new ClockStatus(ClockState.OVERDUE, -1, d("2025-10-09"), d("2025-10-10")));
    }

    @Test
    void theStateFollowsTheWorkingDaysLeft() {
        LocalDate due = d("2026-03-13"); // a Friday
        assertThat(at("2026-03-10").status(due)).isEqualTo(new ClockStatus(ClockState.RUNNING, 3, due, d("2026-03-10")));
        assertThat(at("2026-03-11").status(due)).isEqualTo(new ClockStatus(ClockState.RUNNING, 2, due, d("2026-03-11")));
        assertThat(at("2026-03-12").status(due)).isEqualTo(new ClockStatus(ClockState.WARNING, 1, due, d("2026-03-12")));
        assertThat(at("2026-03-13").status(due)).isEqualTo(new ClockStatus(ClockState.WARNING, 0, due, d("2026-03-13")));
        assertThat(at("2026-03-14").status(due)).isEqualTo(new ClockStatus(ClockState.OVERDUE, -1, due, d("2026-03-14")));
        assertThat(at("2026-03-17").status(due)).isEqualTo(new ClockStatus(ClockState.OVERDUE, -2, due, d("2026-03-17")));
    }

    @Test
    void theWarningPeriodCountsWorkingDaysNotCalendarDays() {
        // due Thu 2025-10-09: on Tue Sep 30 only Sep 30 and Oct 9 are left, the holiday week in between
        assertThat(at("2025-09-30").status(d("2025-10-09")))
                .isEqualTo(new ClockStatus(ClockState.WARNING, 1, d("2025-10-09"), d("2025-09-30")));
        assertThat(at("2025-09-29").status(d("2025-10-09")).state()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void theWarningPeriodIsConfigurable() {
        LocalDate due = d("2026-03-13");
        assertThat(at("2026-03-09", 5).status(due).state()).isEqualTo(ClockState.WARNING);
        assertThat(at("2026-03-06", 5).status(due).state()).isEqualTo(ClockState.RUNNING);
        assertThat(at("2026-03-13", 0).status(due).state()).isEqualTo(ClockState.RUNNING);
        assertThatThrownBy(() -> at("2026-03-13", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonsenseIsRefused() {
        Deadlines deadlines = at("2026-03-02");
        assertThatThrownBy(() -> deadlines.dueDate(d("2026-03-02"), 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockStop(d("2026-03-10"), d("2026-03-09")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.status(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
