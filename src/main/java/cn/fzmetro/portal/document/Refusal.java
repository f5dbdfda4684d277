package cn.fzmetro.portal.document;

/** Thrown by the content checks, which do not know the file's name; the inspector adds it. */
final class Refusal extends RuntimeException {

    private final RefusalReason reason;
    private final String[] details;

    Refusal(RefusalReason reason, String... details) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.details = details.clone();
    }

    FileRefusedException forFile(String fileName) {
        return new FileRefusedException(reason, fileName, details);
    }

    RefusalReason reason() {
        return reason;
    }
}
