package cn.fzmetro.portal.clock;

import java.time.Instant;

/**
 * One stored calendar year. {@code official == false} means no 国务院办公厅 notice has been
 * imported for it yet: the portal counts plain Monday–Friday in that year and warns administrators.
 */
public record CalendarYearInfo(int year, boolean official, String source, Instant importedAt, String importedBy,
        int holidays, int adjustedWorkdays) {
}
