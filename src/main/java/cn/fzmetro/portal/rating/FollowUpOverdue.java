package cn.fzmetro.portal.rating;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A poor rating's follow-up passed its due day unanswered; the supervisors of the window that
 * received the case are to be reminded. Published once per follow-up, in the transaction that
 * records it.
 */
public record FollowUpOverdue(long ratingId, long caseId, String caseNumber, String itemName, LocalDate followUpDue,
        String windowCode, Instant at) {
}
