package cn.fzmetro.portal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the shipped calendars (国办发明电〔2024〕12号 and the 2026 notice). */
class WorkingDaysTest {

    private final WorkingDays days = BundledCalendars.workingDays();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class NationalDay2025 {

        @Test
        void theEightDaysOffAreNotWorkingDaysAndTheAdjustedWeekendDaysAre() {
            for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
                assertThat(days.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(d("2025-09-28").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(days.isWorkingDay(d("2025-09-28"))).isTrue();
            assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(days.isWorkingDay(d("2025-10-11"))).isTrue();
            // the plain weekend days around it stay days off
            assertThat(days.isWorkingDay(d("2025-09-27"))).isFalse();
            assertThat(days.isWorkingDay(d("2025-10-12"))).isFalse();
            assertThat(days.isWorkingDay(d("2025-09-30"))).isTrue();
            assertThat(days.isWorkingDay(d("2025-10-09"))).isTrue();
            assertThat(days.specialDay(d("2025-10-03"))).get().extracting(SpecialDay::kind, SpecialDay::name)
                    .containsExactly(DayKind.HOLIDAY, "国庆节、中秋节");
        }

        /**
         * The five-working-day rule: received Thu 2025-09-25, the five working days are Fri Sep 26,
         * Sun Sep 28 (调休), Mon Sep 29, Tue Sep 30 and — after Oct 1–8 — Thu Oct 9. The fifth day is
         * therefore 2025-10-09; Fri Oct 10 is the first day after the period.
         */
        @Test
        void fiveWorkingDaysAfterThursdaySeptember25thEndOnOctober9th() {
            assertThat(days.addWorkingDays(d("2025-09-25"), 1)).isEqualTo(d("2025-09-26"));
            assertThat(days.addWorkingDays(d("2025-09-25"), 2)).isEqualTo(d("2025-09-28"));
            assertThat(days.addWorkingDays(d("2025-09-25"), 3)).isEqualTo(d("2025-09-29"));
            assertThat(days.addWorkingDays(d("2025-09-25"), 4)).isEqualTo(d("2025-09-30"));
            assertThat(days.addWorkingDays(d("2025-09-25"), 5)).isEqualTo(d("2025-10-09"));
            assertThat(days.addWorkingDays(d("2025-09-25"), 6)).isEqualTo(d("2025-10-10"));
            assertThat(days.addWorkingDays(d("2025-09-25"), 7)).isEqualTo(d("2025-10-11"));
            assertThat(days.workingDaysBetween(d("2025-09-25"), d("2025-10-09"))).isEqualTo(5);
        }

        @Test
        void countingBetweenExcludesTheFirstDayAndIncludesTheLast() {
            assertThat(days.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).isZero();
            assertThat(days.workingDaysBetween(d("2025-09-26"), d("2025-10-12"))).isEqualTo(6);
            assertThat(days.workingDaysBetween(d("2025-10-12"), d("2025-09-26"))).isEqualTo(-6);
            assertThat(days.workingDaysBetween(d("2025-10-09"), d("2025-10-09"))).isZero();
        }

        @Test
        void aCaseReceivedOnAHolidayCountsFromTheNextWorkingDay() {
            assertThat(days.addWorkingDays(d("2025-10-03"), 1)).isEqualTo(d("2025-10-09"));
            assertThat(days.addWorkingDays(d("2025-10-03"), 0)).isEqualTo(d("2025-10-03"));
        }
    }

    @Nested
    class SpringFestival2026 {

        @Test
        void theAdjustedSaturdaysCountAndTheNineDaysOffDoNot() {
            assertThat(days.isWorkingDay(d("2026-02-14"))).isTrue();
            assertThat(days.isWorkingDay(d("2026-02-28"))).isTrue();
            for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
                assertThat(days.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(days.isWorkingDay(d("2026-02-21"))).isFalse();
        }

        @Test
        void countingAcrossTheFestival() {
            assertThat(days.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
            assertThat(days.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
            assertThat(days.addWorkingDays(d("2026-02-24"), 4)).isEqualTo(d("2026-02-28"));
            assertThat(days.addWorkingDays(d("2026-02-24"), 5)).isEqualTo(d("2026-03-02"));
            assertThat(days.workingDaysBetween(d("2026-02-13"), d("2026-02-28"))).isEqualTo(6);
        }
    }

    @Test
    void newYear2026AdjustedSundayCountsAcrossTheYearBoundary() {
        assertThat(days.isWorkingDay(d("2026-01-01"))).isFalse();
        assertThat(days.isWorkingDay(d("2026-01-02"))).isFalse();
        assertThat(days.isWorkingDay(d("2026-01-03"))).isFalse();
        assertThat(d("2026-01-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(days.isWorkingDay(d("2026-01-04"))).isTrue();
        assertThat(days.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(days.addWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
    }

    @Test
    void aYearWithoutAnOfficialCalendarCountsMondayToFridayAndSaysSo() {
        assertThat(days.isOfficial(2025)).isTrue();
        assertThat(days.isOfficial(2026)).isTrue();
        assertThat(days.isOfficial(2027)).isFalse();
        assertThat(days.isOfficial(2028)).isFalse();
        assertThat(days.unofficialYears(2025, 2028)).containsExactly(2027, 2028);
        // 2027-01-01 is a Friday: no notice yet, so nothing is guessed
        assertThat(days.isWorkingDay(d("2027-01-01"))).isTrue();
        assertThat(days.isWorkingDay(d("2027-01-02"))).isFalse();
        assertThat(days.addWorkingDays(d("2027-02-05"), 1)).isEqualTo(d("2027-02-08"));
        assertThat(days.workingDaysBetween(d("2027-03-31"), d("2027-05-31"))).isEqualTo(43);
    }

    @Test
    void addingAndCountingAgreeOnEveryStartDayOfTwoYears() {
        for (LocalDate start = d("2025-01-01"); start.isBefore(d("2027-01-01")); start = start.plusDays(1)) {
            for (int n = 1; n <= 25; n++) {
                LocalDate end = days.addWorkingDays(start, n);
                assertThat(days.isWorkingDay(end)).as("%s + %d", start, n).isTrue();
                assertThat(days.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(days.workingDaysBetween(start, end.minusDays(1))).as("%s + %d", start, n).isEqualTo(n - 1);
            }
        }
    }

    @Test
    void nonsenseArgumentsAreRefused() {
        assertThatThrownBy(() -> days.addWorkingDays(d("2026-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.addWorkingDays(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.unofficialYears(2027, 2025)).isInstanceOf(IllegalArgumentException.class);
    }
}
