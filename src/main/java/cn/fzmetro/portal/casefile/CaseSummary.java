package cn.fzmetro.portal.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a case list: what queues and "my cases" show; {@code version} is what a step must quote. */
public record CaseSummary(long id, String caseNumber, String itemCode, String itemName, String applicantName,
        String receivingWindowCode, String competentRegionCode, String competentAuthorityCode, CaseStatus status,
        Instant receivedAt, LocalDate dueDate, Instant updatedAt, int version) {
}
