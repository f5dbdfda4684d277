package cn.fzmetro.portal.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One reading of the action log: who searched or exported it, when, with which criteria. */
@Entity
@Immutable
@Table(name = "audit_read_log")
class AuditReadLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "read_at", nullable = false)
    private Instant readAt;
    @Column(name = "reader_id", nullable = false)
    private long readerId;
    @Column(name = "reader_name", nullable = false)
    private String readerName;
    @Column(nullable = false)
    private String purpose;
    @Column(nullable = false, length = 1000)
    private String criteria;

    protected AuditReadLog() {
    }

    AuditReadLog(Instant readAt, long readerId, String readerName, String purpose, String criteria) {
        this.readAt = readAt;
        this.readerId = readerId;
        this.readerName = readerName;
        this.purpose = purpose;
        this.criteria = criteria.length() > 1000 ? criteria.substring(0, 1000) : criteria;
    }

    String purpose() {
        return purpose;
    }

    String criteria() {
        return criteria;
    }
}
