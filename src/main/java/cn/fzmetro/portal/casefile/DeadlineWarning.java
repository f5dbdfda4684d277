package cn.fzmetro.portal.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's statutory clock entered its warning period today (the last {@code portal.clock.warning-days}
 * working days up to {@code dueDate}). Published once per case, clock and due date, in the
 * transaction that records it; those who handle the case are to be told. Not a
 * {@link CaseEvents.CaseEvent}: nothing changed for the applicant.
 *
 * @param assignedClerkId the clerk who claimed a received case, or {@code null}
 */
public record DeadlineWarning(long caseId, String caseNumber, String itemName, Kind kind, LocalDate dueDate,
        String windowCode, String authorityCode, Long assignedClerkId, Instant at) {

    /** Which clock: the window's five working days to accept, or the authority's time to decide. */
    public enum Kind {
        INTAKE,
        DECISION
    }
}
