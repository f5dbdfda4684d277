package cn.fzmetro.portal.casefile;

import java.time.Instant;

/** One recorded action on a case, as the audit search shows and exports it. */
public record AuditLine(long caseId, String caseNumber, Instant at, String actorName, String actorRole, String place,
        CaseAction action, CaseStatus fromStatus, CaseStatus toStatus, String detail) {
}
