package cn.fzmetro.portal.rating;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rating as screens show it. The follow-up fields are {@code null} for a rating that opened
 * none; {@code assignedWindowCode} is the window that answers it; {@code version} is what completing the
 * follow-up must quote.
 */
public record RatingInfo(long id, long caseId, String caseNumber, String itemName, String applicantName,
        SatisfactionLevel level, String comment, Instant ratedAt, FollowUpState followUpState, LocalDate followUpDue,
        String followUpResult, String followedUpBy, Instant followedUpAt, String assignedWindowCode, int version) {
}
