package cn.fzmetro.portal.catalog;

/**
 * The draft of an item as an administrator edits it. {@code lockVersion} must be handed back to
 * {@link CatalogAdmin#saveDraft}: a save based on an older lock version is refused as a conflict.
 */
public record ItemDraft(VersionInfo version, int lockVersion, ItemDocument document) {
}
