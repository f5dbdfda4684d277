package cn.fzmetro.portal.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notification as the user's list shows it. The text is {@code getTranslation(messageKey,
 * messageArgs)} in the user's language; {@code readAt} is {@code null} while unread.
 */
public record NotificationItem(long id, long caseId, String caseNumber, String messageKey, List<String> messageArgs,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
