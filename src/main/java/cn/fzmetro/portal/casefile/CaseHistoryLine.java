package cn.fzmetro.portal.casefile;

import java.time.Instant;

/** A step of a case's timeline as screens show it. */
public record CaseHistoryLine(Instant at, String actorName, String actorRole, String place, CaseAction action,
        CaseStatus fromStatus, CaseStatus toStatus, String detail) {
}
