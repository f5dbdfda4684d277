package cn.fzmetro.portal.casefile;

/**
 * Someone else changed the case since the caller read it (two clerks at once): nothing was
 * overwritten; the caller is shown the case as it now stands.
 */
public class CaseConflictException extends RuntimeException {

    private final CaseStatus currentStatus;

    public CaseConflictException(long caseId, CaseStatus currentStatus) {
        super("case " + caseId + " was changed meanwhile; now " + currentStatus);
        this.currentStatus = currentStatus;
    }

    public CaseStatus currentStatus() {
        return currentStatus;
    }

    /** {@code case.error.conflict}: "此办件已被他人处理，当前状态为{0}". */
    public String messageKey() {
        return "case.error.conflict";
    }
}
