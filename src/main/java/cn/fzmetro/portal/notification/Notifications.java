package cn.fzmetro.portal.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;

/**
 * The signed-in user's own notifications. Whose they are comes from the signed-in user, never
 * from a parameter, so nobody can read or mark another user's.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class Notifications {

    private final UserNotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notifications(UserNotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of my notifications, newest first (the page's own sort is ignored). */
    public Page<NotificationItem> mine(Pageable page) {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(me(),
                PageRequest.of(page.getPageNumber(), page.getPageSize())).map(UserNotification::item);
    }

    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(me());
    }

    /** Marks one of my notifications read; someone else's id changes nothing. */
    @Transactional
    public void markRead(long notificationId) {
        notifications.markRead(notificationId, me(), now());
    }

    /** Marks all my unread notifications read; returns how many. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), now());
    }

    private long me() {
        return currentUser.require().id();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
