package cn.fzmetro.portal.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of a case beyond its list row: how it was handed in, the identity check, who
 * claimed it, 容缺 materials still owed, the statutory due date, delivery and the last reason
 * given. {@code applicantIdNumber} is masked unless the reader is the applicant or staff handling
 * the case (see {@link Cases#details}).
 */
public record CaseParticulars(String applicantIdNumber, boolean handedInOnline, boolean walkIn,
        boolean commitmentGiven, Instant declaredAt, Instant identityVerifiedAt, String identityVerifiedBy,
        String identityMethod, Long assignedClerkId, String assignedClerkName, String deferredMaterials,
        LocalDate deferredDue, LocalDate statutoryDue, DeliveryMethod deliveryMethod, String trackingNumber,
        String outcomeReason, int correctionRound, LocalDate deemedAcceptedOn) {

    CaseParticulars withIdNumber(String shown) {
        return new CaseParticulars(shown, handedInOnline, walkIn, commitmentGiven, declaredAt, identityVerifiedAt,
                identityVerifiedBy, identityMethod, assignedClerkId, assignedClerkName, deferredMaterials,
                deferredDue, statutoryDue, deliveryMethod, trackingNumber, outcomeReason, correctionRound,
                deemedAcceptedOn);
    }
}
