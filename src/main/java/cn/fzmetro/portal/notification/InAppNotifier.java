package cn.fzmetro.portal.notification;

import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.casefile.CaseEvents.CaseEvent;

/** Writes the applicant's in-app notification of each case step. */
@Component
class InAppNotifier {

    private final CaseMessages messages;
    private final UserNotificationRepository notifications;

    InAppNotifier(CaseMessages messages, UserNotificationRepository notifications) {
        this.messages = messages;
        this.notifications = notifications;
    }

    /**
     * A plain listener on purpose: it runs inside the step's transaction, so the notification is
     * stored exactly when the step is, and a failure here undoes the step rather than losing the
     * notice. Dated with the step (whole seconds, as MariaDB stores them).
     */
    @EventListener
    void on(CaseEvent event) {
        messages.about(event).ifPresent(m -> notifications.save(
                new UserNotification(m.applicantId(), m, event.at().truncatedTo(ChronoUnit.SECONDS))));
    }
}
