package cn.fzmetro.portal.catalog;

import java.time.LocalDate;

/**
 * A version of an item's guide was published: from {@code effectiveFrom} on it is the version in
 * force (today or a later date). Published after commit to listeners of other modules.
 */
public record ItemPublished(String code, int versionNo, long versionId, LocalDate effectiveFrom) {
}
