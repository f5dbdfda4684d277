package cn.fzmetro.portal.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One in-app notification to a user about a case (an applicant about a step, staff about a deadline). Stored as a translation key with arguments,
 * so it reads in the user's language; only {@code readAt} changes after insert.
 */
@Entity
@Table(name = "user_notification")
class UserNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;
    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;
    @Convert(converter = MessageArgsConverter.class)
    @Column(name = "message_args", nullable = false, columnDefinition = "longtext")
    private List<String> messageArgs;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    /** The staff screen this opens; {@code null}: the applicant's case page. */
    @Column(length = 100)
    private String target;

    protected UserNotification() {
    }

    UserNotification(long userId, CaseMessage message, Instant createdAt) {
        this(userId, message.caseId(), message.caseNumber(), message.key(), message.args(), createdAt, null);
    }

    UserNotification(long userId, long caseId, String caseNumber, String messageKey, List<String> messageArgs,
            Instant createdAt, String target) {
        this.userId = userId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.createdAt = createdAt;
        this.target = target;
    }

    NotificationItem item() {
        return new NotificationItem(id, caseId, caseNumber, messageKey, messageArgs, createdAt, readAt, target);
    }
}
