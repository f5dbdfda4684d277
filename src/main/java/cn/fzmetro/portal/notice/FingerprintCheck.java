package cn.fzmetro.portal.notice;

/**
 * The answer to "is the file I hold the notice that was issued?": its SHA-256 compared with the
 * registered one. {@code uploadedSha256} is the fingerprint of the file checked (hex).
 */
public record FingerprintCheck(Authenticity result, String uploadedSha256) {

    public enum Authenticity {
        /** Byte for byte the notice that was issued under this token. */
        GENUINE,
        /** A notice exists under this token, but the file differs from it. */
        NOT_GENUINE,
        /** No notice was issued under this token. */
        UNKNOWN_NOTICE
    }

    public boolean genuine() {
        return result == Authenticity.GENUINE;
    }
}
