package cn.fzmetro.portal.casefile;

import java.time.Instant;

/**
 * Past-tense events of the case, published after each transition commits. Other modules
 * (notices, notifications, ratings, clocks) react to them instead of being called.
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** Common facts of every case event. */
    public interface CaseEvent {
        long caseId();

        String caseNumber();

        CaseStatus status();

        Instant at();
    }

    public record CaseSubmitted(long caseId, String caseNumber, CaseStatus status, Instant at, String windowCode)
            implements CaseEvent {
    }

    public record CorrectionRequested(long caseId, String caseNumber, CaseStatus status, Instant at, int round)
            implements CaseEvent {
    }

    public record CaseResubmitted(long caseId, String caseNumber, CaseStatus status, Instant at, int round)
            implements CaseEvent {
    }

    public record CaseAccepted(long caseId, String caseNumber, CaseStatus status, Instant at, boolean deemed)
            implements CaseEvent {
    }

    /** Art. 32: neither a correction notice nor acceptance within five working days. */
    public record CaseDeemedAccepted(long caseId, String caseNumber, CaseStatus status, Instant at,
            java.time.LocalDate receivedOn, String windowCode) implements CaseEvent {
    }

    public record CaseRefused(long caseId, String caseNumber, CaseStatus status, Instant at, String reason)
            implements CaseEvent {
    }

    public record CaseTransferred(long caseId, String caseNumber, CaseStatus status, Instant at, String authorityCode)
            implements CaseEvent {
    }

    public record CaseSignedFor(long caseId, String caseNumber, CaseStatus status, Instant at) implements CaseEvent {
    }

    public record CaseReturned(long caseId, String caseNumber, CaseStatus status, Instant at, String reason)
            implements CaseEvent {
    }

    public record ReviewSuspended(long caseId, String caseNumber, CaseStatus status, Instant at, String reason)
            implements CaseEvent {
    }

    public record ReviewResumed(long caseId, String caseNumber, CaseStatus status, Instant at) implements CaseEvent {
    }

    public record CaseDecided(long caseId, String caseNumber, CaseStatus status, Instant at, boolean approved)
            implements CaseEvent {
    }

    public record CaseClosed(long caseId, String caseNumber, CaseStatus status, Instant at) implements CaseEvent {
    }

    public record CaseWithdrawn(long caseId, String caseNumber, CaseStatus status, Instant at) implements CaseEvent {
    }
}
