package cn.fzmetro.portal.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One flagged material of a round's correction notice (补正告知书): what is wrong and which rule it breaks. */
@Entity
@Immutable
@Table(name = "case_correction_item")
class CorrectionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "round_no", nullable = false)
    private int round;
    @Column(name = "material_code", nullable = false)
    private String materialCode;
    @Column(name = "material_name", nullable = false)
    private String materialName;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(name = "rule_text", nullable = false, length = 2000)
    private String rule;

    protected CorrectionItem() {
    }

    CorrectionItem(long caseId, int round, String materialCode, String materialName, String reason, String rule) {
        this.caseId = caseId;
        this.round = round;
        this.materialCode = materialCode;
        this.materialName = materialName;
        this.reason = reason;
        this.rule = rule;
    }

    String materialCode() {
        return materialCode;
    }

    FlaggedMaterial view() {
        return new FlaggedMaterial(round, materialCode, materialName, reason, rule);
    }
}
