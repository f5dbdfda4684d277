package cn.fzmetro.portal.casefile;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A case (办件): one application for one catalog item version, received at one 通办 window and
 * decided by the competent authority of the applicant's district.
 */
@Entity
@Table(name = "case_file")
class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "item_name", nullable = false)
    private String itemName;
    @Column(name = "item_version_id")
    private Long itemVersionId;
    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;
    @Column(name = "receiving_window_code")
    private String receivingWindowCode;
    @Column(name = "competent_region_code")
    private String competentRegionCode;
    @Column(name = "competent_authority_code")
    private String competentAuthorityCode;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "received_at")
    private Instant receivedAt;
    /** The clock that runs now (intake or decision), as a due date in working days. */
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected CaseFile() {
    }

    CaseSummary summary() {
        return new CaseSummary(id, caseNumber, itemCode, itemName, applicantName, receivingWindowCode,
                competentRegionCode, competentAuthorityCode, status, receivedAt, dueDate, updatedAt);
    }
}
