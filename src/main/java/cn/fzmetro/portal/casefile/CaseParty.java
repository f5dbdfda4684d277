package cn.fzmetro.portal.casefile;

/**
 * Who a case belongs to, for modules that tell the applicant about it. {@code applicantId} is
 * {@code null} for a case not linked to an account (handed in at a window by a walk-in applicant).
 */
public record CaseParty(long caseId, String caseNumber, String itemName, Long applicantId, String applicantName) {
}
