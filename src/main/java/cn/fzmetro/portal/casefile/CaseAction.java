package cn.fzmetro.portal.casefile;

import java.util.EnumSet;
import java.util.Set;

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
    WITHDRAWN,
    /** Staff work on the case that does not change its status. */
    FILED_AT_COUNTER,
    IDENTITY_VERIFIED,
    CLAIMED,
    RELEASED,
    REASSIGNED,
    VERDICT_RECORDED,
    REROUTED,
    DEFERRED_SUPPLIED,
    /** An administrator moved the case when its window or authority closed. */
    MOVED;

    private static final Set<CaseAction> STAFF_ONLY = EnumSet.of(FILED_AT_COUNTER, IDENTITY_VERIFIED, CLAIMED,
            RELEASED, REASSIGNED, VERDICT_RECORDED, REROUTED);

    /** Whether the applicant's timeline shows this step (internal work steps are for staff). */
    public boolean shownToApplicant() {
        return !STAFF_ONLY.contains(this);
    }
}
