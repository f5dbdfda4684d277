package cn.fzmetro.portal.notice;

import java.time.Instant;
import java.time.LocalDate;

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
 * A notice as issued: the fingerprint (SHA-256) of its exact PDF bytes, which the file store keeps
 * under that fingerprint. Never changed after insert (an issued notice is a fact; a correction is a
 * new notice), hence no version column.
 */
@Entity
@Immutable
@Table(name = "issued_notice")
class NoticeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 64)
    private String token;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;
    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "issued_by", nullable = false, length = 128)
    private String issuedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "pdf_size", nullable = false)
    private int pdfSize;
    /**
     * The bytes of notices issued before they went to the file store (migration V31); null since.
     * LONGBLOB on MySQL / MariaDB; H2 in MySQL mode takes LONGBLOB as BLOB. Mapped as BLOB so that
     * schema validation passes on both (a plain byte[] would be expected as VARBINARY).
     */
    @JdbcTypeCode(SqlTypes.BLOB)
    @Column(columnDefinition = "longblob")
    private byte[] pdf;

    protected NoticeRecord() {
    }

    NoticeRecord(String token, NoticeKind kind, String caseNumber, String sha256, LocalDate issuedOn,
            String issuedBy, Instant createdAt, int pdfSize) {
        this.token = token;
        this.kind = kind;
        this.caseNumber = caseNumber;
        this.sha256 = sha256;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.createdAt = createdAt;
        this.pdfSize = pdfSize;
    }

    String sha256() {
        return sha256;
    }

    byte[] pdf() {
        return pdf;
    }

    IssuedNotice issued() {
        return new IssuedNotice(id, token, kind, caseNumber, sha256, issuedOn);
    }
}
