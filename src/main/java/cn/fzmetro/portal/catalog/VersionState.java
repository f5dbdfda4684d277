package cn.fzmetro.portal.catalog;

/** A version is edited as a draft; once published it never changes again. */
public enum VersionState {
    DRAFT,
    PUBLISHED
}
