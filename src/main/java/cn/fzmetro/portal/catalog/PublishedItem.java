package cn.fzmetro.portal.catalog;

/** An item's guide as applicants see it: the item's state, the version and its document. */
public record PublishedItem(ItemSummary item, VersionInfo version, ItemDocument document) {
}
