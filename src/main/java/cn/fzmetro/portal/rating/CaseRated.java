package cn.fzmetro.portal.rating;

import java.time.Instant;

/** The applicant rated a closed case; {@code followUpOpened} for a poor rating. */
public record CaseRated(long ratingId, long caseId, String caseNumber, SatisfactionLevel level,
        boolean followUpOpened, Instant at) {
}
