package cn.fzmetro.portal.casefile;

/** What happened to a case, as recorded in its append-only history. */
public enum CaseAction {
    SUBMITTED,
    CORRECTION_REQUESTED,
    RESUBMITTED,
    ACCEPTED,
    DEEMED_ACCEPTED,
    REFUSED,
    TRANSFERRED,
    SIGNED_FOR,
    RETURNED,
    SUSPENDED,
    RESUMED,
    APPROVED,
    DENIED,
    CLOSED,
    WITHDRAWN
}
