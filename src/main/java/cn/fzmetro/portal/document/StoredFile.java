package cn.fzmetro.portal.document;

import java.time.Instant;

/**
 * A file in the store: what inspection found out about it and who it belongs to.
 *
 * @param id          the file's id, used in {@code /files/{id}}
 * @param sha256      lowercase hex SHA-256 of the bytes (the store's address)
 * @param size        size in bytes
 * @param contentType the type detected from the bytes (never the name or the browser's claim)
 * @param pageCount   pages (PDF, OFD) or 1 (images)
 * @param originalName sanitized original name (no path, no control characters, at most 100 characters)
 * @param uploadedAt  when it was stored
 * @param uploadedBy  user id of the uploader
 * @param ownerType   owner kind set by the calling module, e.g. {@code CASE}
 * @param ownerId     owner id set by the calling module, e.g. the case id
 */
public record StoredFile(long id, String sha256, long size, String contentType, int pageCount, String originalName,
        Instant uploadedAt, long uploadedBy, String ownerType, long ownerId) {

    /** PDF and images may be shown in the browser's viewer; everything else is only downloaded. */
    public boolean viewableInline() {
        return FileTypes.viewableInline(contentType);
    }
}
