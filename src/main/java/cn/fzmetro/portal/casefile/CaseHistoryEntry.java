package cn.fzmetro.portal.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of a case's history: who (and in which role, at which window or authority) did
 * what, when, from which status to which, and why. Append-only: never updated or deleted.
 */
@Entity
@Immutable
@Table(name = "case_history")
class CaseHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "occurred_at", nullable = false)
    private Instant at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(name = "actor_role", nullable = false)
    private String actorRole;
    /** The window or authority the actor acted for, by name as it was then. */
    private String place;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CaseAction action;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status")
    private CaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false)
    private CaseStatus toStatus;
    @Column(length = 2000)
    private String detail;

    protected CaseHistoryEntry() {
    }

    CaseHistoryEntry(long caseId, Instant at, Long actorId, String actorName, String actorRole, String place,
            CaseAction action, CaseStatus fromStatus, CaseStatus toStatus, String detail) {
        this.caseId = caseId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.place = place;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    CaseHistoryLine line() {
        return new CaseHistoryLine(at, actorName, actorRole, place, action, fromStatus, toStatus, detail);
    }
}
