package cn.fzmetro.portal.casefile;

/** Where a case (办件) stands; see the state machine in docs/architecture.md. */
public enum CaseStatus {
    DRAFT,
    RECEIVED,
    CORRECTION_REQUESTED,
    ACCEPTED,
    REFUSED,
    TRANSFERRED,
    UNDER_REVIEW,
    SUSPENDED,
    APPROVED,
    DENIED,
    CLOSED,
    WITHDRAWN
}
