package cn.fzmetro.portal.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notification as the user's list shows it. The text is {@code getTranslation(messageKey,
 * messageArgs)} in the user's language; {@code readAt} is {@code null} while unread. {@code target}
 * is the screen it opens: a staff screen of the case, or {@code null} for the applicant's case page.
 */
public record NotificationItem(long id, long caseId, String caseNumber, String messageKey, List<String> messageArgs,
        Instant createdAt, Instant readAt, String target) {

    public boolean unread() {
        return readAt == null;
    }

    /** The route the notification links to. */
    public String link() {
        return target != null ? target : "cases/" + caseId;
    }
}
