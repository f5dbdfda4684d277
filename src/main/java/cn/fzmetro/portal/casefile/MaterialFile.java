package cn.fzmetro.portal.casefile;

import java.time.Instant;

/**
 * A file handed in for a material, as screens show it; {@code fileId} is its address at
 * {@code /files/{fileId}} (served only to those who may see the case).
 */
public record MaterialFile(long id, String materialCode, long fileId, String originalName, String contentType,
        long sizeBytes, int pageCount, int addedRound, Instant addedAt, Instant replacedAt) {

    public boolean current() {
        return replacedAt == null;
    }

    public boolean viewableInline() {
        return contentType.equals("application/pdf") || contentType.startsWith("image/");
    }
}
