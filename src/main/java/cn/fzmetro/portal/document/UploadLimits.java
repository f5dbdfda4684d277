package cn.fzmetro.portal.document;

/**
 * The configured upload limits, so upload components can announce them and refuse early.
 *
 * @param maxFileBytes per file ({@code portal.upload.max-file-bytes}, default 20 MB)
 * @param maxCaseBytes all files of one owner together ({@code portal.upload.max-case-bytes}, default 200 MB)
 */
public record UploadLimits(long maxFileBytes, long maxCaseBytes) {

    /** The accepted types, for an upload component's accept list. */
    public static final java.util.List<String> ACCEPTED_TYPES = FileTypes.ACCEPTED;
}
