package cn.fzmetro.portal.clock;

import java.time.Instant;

/**
 * Published when an administrator has imported (or replaced) a calendar year. Modules that store
 * due dates computed in that year may recompute them; {@link WorkingDays} already counts with the
 * new calendar once the import has committed.
 */
public record CalendarYearImported(int year, boolean official, String importedBy, Instant importedAt) {
}
