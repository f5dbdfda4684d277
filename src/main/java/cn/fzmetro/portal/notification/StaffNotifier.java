package cn.fzmetro.portal.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.account.AccountContacts;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.DeadlineWarning;
import cn.fzmetro.portal.rating.FollowUpOverdue;

/**
 * Tells staff what the scheduled checks found: a clock in its warning period goes to whoever
 * handles the case — the clerk who claimed a received case, else every clerk of its window; the
 * officers of the competent authority for the decision clock — and an overdue rating follow-up to
 * the supervisors of the receiving window. Plain listeners, so each notification is stored in the
 * transaction that recorded the warning, exactly once.
 */
@Component
class StaffNotifier {

    static final String DEADLINE_PREFIX = "notification.deadline.";
    static final String FOLLOW_UP_OVERDUE = "notification.follow-up.overdue";

    private final AccountContacts contacts;
    private final UserNotificationRepository notifications;

    StaffNotifier(AccountContacts contacts, UserNotificationRepository notifications) {
        this.contacts = contacts;
        this.notifications = notifications;
    }

    @EventListener
    void on(DeadlineWarning w) {
        boolean intake = w.kind() == DeadlineWarning.Kind.INTAKE;
        List<Long> to;
        if (!intake) {
            to = contacts.authorityStaff(w.authorityCode(), Role.OFFICER);
        } else if (w.assignedClerkId() != null) {
            to = List.of(w.assignedClerkId());
        } else {
            to = contacts.windowStaff(w.windowCode(), Role.CLERK);
        }
        String target = (intake ? "window/cases/" : "authority/cases/") + w.caseId();
        notify(to, w.caseId(), w.caseNumber(), DEADLINE_PREFIX + w.kind().name().toLowerCase(),
                List.of(w.caseNumber(), w.itemName(), w.dueDate().toString()), w.at(), target);
    }

    @EventListener
    void on(FollowUpOverdue o) {
        notify(contacts.windowStaff(o.windowCode(), Role.SUPERVISOR), o.caseId(), o.caseNumber(), FOLLOW_UP_OVERDUE,
                List.of(o.caseNumber(), o.itemName(), o.followUpDue().toString()), o.at(), "admin/ratings");
    }

    private void notify(List<Long> users, long caseId, String caseNumber, String key, List<String> args, Instant at,
            String target) {
        // whole seconds, as MariaDB stores them
        Instant created = at.truncatedTo(ChronoUnit.SECONDS);
        for (long user : users) {
            notifications.save(new UserNotification(user, caseId, caseNumber, key, args, created, target));
        }
    }
}
