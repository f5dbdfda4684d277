package cn.fzmetro.portal.catalog;

/** One row of a catalog list. {@code currentVersion} is null before the first publication. */
public record ItemSummary(String code, String name, String departmentCode, String category, String type,
        ItemStatus status, String statusReason, Integer currentVersion, boolean hasDraft) {
}
