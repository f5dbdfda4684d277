package cn.fzmetro.portal.perf.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The portal's working-day arithmetic (clock module: a day is a working day when it is an adjusted
 * working day, or a Monday–Friday that is not a holiday) over a fixed range of days, with prefix
 * counts so that "n working days after" and "working days between" cost a lookup each.
 */
final class WorkCalendar {

    private final LocalDate first;
    private final boolean[] working;
    /** working days in [first, first + i) */
    private final int[] before;
    /** index of the n-th working day (n from 0) */
    private final int[] nth;

    WorkCalendar(LocalDate first, LocalDate last, Map<LocalDate, Boolean> specialDays) {
        this.first = first;
        int n = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        working = new boolean[n];
        before = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            LocalDate d = first.plusDays(i);
            Boolean special = specialDays.get(d);
            working[i] = special != null ? special
                    : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            before[i] = count;
            if (working[i]) {
                count++;
            }
        }
        before[n] = count;
        nth = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (working[i]) {
                nth[k++] = i;
            }
        }
    }

    private int index(LocalDate d) {
        long i = d.toEpochDay() - first.toEpochDay();
        if (i < 0 || i >= working.length) {
            throw new IllegalArgumentException(d + " is outside the generator's calendar");
        }
        return (int) i;
    }

    boolean isWorkingDay(LocalDate d) {
        return working[index(d)];
    }

    /** The day of the n-th working day after {@code start} (the start day not counted); n = 0 gives start. */
    LocalDate addWorkingDays(LocalDate start, int n) {
        if (n == 0) {
            return start;
        }
        int i = index(start);
        // working days up to and including start, then the (that + n)-th working day
        int k = before[i + 1] + n - 1;
        return first.plusDays(nth[k]);
    }

    /** Working days after {@code from} up to and including {@code to} (negative when {@code to} is earlier). */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        int a = index(from);
        int b = index(to);
        return before[b + 1] - before[a + 1];
    }

    /** Epoch days of all working days from {@code from} to {@code to}, inclusive. */
    int workingDaysIn(LocalDate from, LocalDate to) {
        return before[index(to) + 1] - before[index(from)];
    }
}
