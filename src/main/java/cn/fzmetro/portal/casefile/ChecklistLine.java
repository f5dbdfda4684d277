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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of a case's checklist: one intake standard or review point of one material, copied
 * from the catalog version the case pinned, with its verdict. After a correction round only the
 * lines of materials the applicant replaced are open again; the others keep their verdict and
 * are no longer editable, so a second round can only concern what changed.
 */
@Entity
@Table(name = "case_checklist_line")
class ChecklistLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ChecklistStage stage;
    @Column(name = "material_code", nullable = false)
    private String materialCode;
    @Column(name = "material_name", nullable = false)
    private String materialName;
    @Column(name = "point_no", nullable = false)
    private int pointNo;
    @Column(name = "point_text", nullable = false, length = 1000)
    private String pointText;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Verdict verdict;
    @Column(length = 1000)
    private String reason;
    @Column(nullable = false)
    private boolean editable;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private int version;

    /** Lines are created by {@link Checklists#generate} in one batch insert, editable and at version 0. */
    protected ChecklistLine() {
    }

    void decide(Verdict verdict, String reason, String by, Instant now) {
        this.verdict = verdict;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** After a correction: open again if the material was replaced, else keep the verdict and freeze it. */
    void afterCorrection(boolean materialReplaced) {
        if (materialReplaced) {
            this.verdict = Verdict.OPEN;
            this.reason = null;
            this.editable = true;
        } else {
            this.editable = false;
        }
    }

    long caseId() {
        return caseId;
    }

    ChecklistStage stage() {
        return stage;
    }

    String materialCode() {
        return materialCode;
    }

    String materialName() {
        return materialName;
    }

    String pointText() {
        return pointText;
    }

    Verdict verdict() {
        return verdict;
    }

    String reason() {
        return reason;
    }

    boolean editable() {
        return editable;
    }

    int lockVersion() {
        return version;
    }

    CheckItem view() {
        return new CheckItem(id, stage, materialCode, materialName, pointNo, pointText, verdict, reason, editable,
                decidedBy, decidedAt, version);
    }
}
