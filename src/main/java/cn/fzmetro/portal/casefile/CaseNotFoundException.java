package cn.fzmetro.portal.casefile;

/**
 * No such case for this caller. Also what a caller hears about a case they may not see, so
 * nobody learns which case numbers exist.
 */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long caseId) {
        super("case " + caseId + " not found or not visible");
    }

    /** {@code case.error.not-found}. */
    public String messageKey() {
        return "case.error.not-found";
    }
}
