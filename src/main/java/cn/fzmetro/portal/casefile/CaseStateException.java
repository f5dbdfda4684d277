package cn.fzmetro.portal.casefile;

/**
 * A step that the case's current state does not allow (accepting a withdrawn case, deciding
 * before signing for it …). Carries a translation key so every screen says it the same way.
 */
public class CaseStateException extends RuntimeException {

    private final CaseStatus status;
    private final CaseAction attempted;

    public CaseStateException(CaseStatus status, CaseAction attempted) {
        super("case in status " + status + " does not allow " + attempted);
        this.status = status;
        this.attempted = attempted;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseAction attempted() {
        return attempted;
    }

    /** {@code case.error.state}: "本办件当前状态为{0}，不能{1}". */
    public String messageKey() {
        return "case.error.state";
    }
}
