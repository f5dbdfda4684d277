package cn.fzmetro.portal.rating;

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
 * The applicant's rating of one closed case (unique per case). The rating itself never changes;
 * only its follow-up does, and {@code @Version} keeps two administrators from overwriting each other.
 */
@Entity
@Table(name = "case_rating")
class CaseRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, unique = true)
    private long caseId;
    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;
    @Column(name = "item_name", nullable = false, length = 128)
    private String itemName;
    @Column(name = "applicant_id", nullable = false)
    private long applicantId;
    @Column(name = "applicant_name", nullable = false, length = 100)
    private String applicantName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "satisfaction", nullable = false, length = 24)
    private SatisfactionLevel level;
    @Column(name = "rating_comment", length = 500)
    private String comment;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "follow_up_state", length = 8)
    private FollowUpState followUpState;
    @Column(name = "follow_up_due")
    private LocalDate followUpDue;
    @Column(name = "follow_up_result", length = 2000)
    private String followUpResult;
    @Column(name = "followed_up_by", length = 100)
    private String followedUpBy;
    @Column(name = "followed_up_at")
    private Instant followedUpAt;
    /** The window that received the case, which answers a poor rating's follow-up. */
    @Column(name = "assigned_window_code")
    private String assignedWindowCode;
    @Version
    private int version;

    protected CaseRating() {
    }

    /** A rating; a poor one opens its follow-up, due on {@code followUpDue}. */
    CaseRating(long caseId, String caseNumber, String itemName, long applicantId, String applicantName,
            SatisfactionLevel level, String comment, Instant ratedAt, LocalDate followUpDue, String assignedWindowCode) {
        this.caseId = caseId;
        this.assignedWindowCode = assignedWindowCode;
        this.caseNumber = caseNumber;
        this.itemName = itemName;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.level = level;
        this.comment = comment;
        this.ratedAt = ratedAt;
        if (level.poor()) {
            this.followUpState = FollowUpState.OPEN;
            this.followUpDue = followUpDue;
        }
    }

    void completeFollowUp(String result, String by, Instant at) {
        this.followUpState = FollowUpState.DONE;
        this.followUpResult = result;
        this.followedUpBy = by;
        this.followedUpAt = at;
    }

    String assignedWindowCode() {
        return assignedWindowCode;
    }

    FollowUpState followUpState() {
        return followUpState;
    }

    int version() {
        return version;
    }

    RatingInfo info() {
        return new RatingInfo(id, caseId, caseNumber, itemName, applicantName, level, comment, ratedAt, followUpState,
                followUpDue, followUpResult, followedUpBy, followedUpAt, assignedWindowCode, version);
    }
}
