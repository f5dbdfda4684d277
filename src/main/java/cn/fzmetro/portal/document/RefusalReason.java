package cn.fzmetro.portal.document;

/**
 * Why an upload was refused. Each reason has its own message {@code document.refused.<NAME>} in
 * the {@code document} bundle, with the file name as parameter {@code {0}}.
 */
public enum RefusalReason {
    /** Zero bytes. */
    EMPTY,
    /** Over the per-file limit ({@code portal.upload.max-file-bytes}); {1} size, {2} limit. */
    TOO_LARGE,
    /** Fewer or more bytes arrived than the upload declared; {1} received, {2} declared. */
    INCOMPLETE,
    /** A program (Windows PE, ELF, Mach-O, Java archive…), whatever its name says. */
    EXECUTABLE,
    /** A compressed archive (zip, rar, 7z, gzip, tar…): its content could not be checked. */
    ARCHIVE,
    /** A password-protected or encrypted PDF, also one that opens without a user password. */
    ENCRYPTED,
    /** A PDF, image or OFD that cannot be parsed, or whose parsing took too long. */
    DAMAGED,
    /** Any other type; {1} is the detected type. */
    UNSUPPORTED_TYPE,
    /** The owner's (case's) files would exceed {@code portal.upload.max-case-bytes}; {1} total, {2} limit. */
    CASE_LIMIT;

    /** The translation key of this reason's message. */
    public String messageKey() {
        return "document.refused." + name();
    }
}
