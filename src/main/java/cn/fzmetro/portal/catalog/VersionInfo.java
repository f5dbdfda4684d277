package cn.fzmetro.portal.catalog;

import java.time.Instant;
import java.time.LocalDate;

/** A line of an item's version history: who made and who published it, and when. */
public record VersionInfo(long id, String itemCode, int versionNo, VersionState state, LocalDate effectiveFrom,
        String createdBy, Instant createdAt, String publishedBy, Instant publishedAt) {
}
