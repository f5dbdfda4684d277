/**
 * Tells applicants what happened to their cases: an in-app notification written in the same
 * transaction as each case step, and an e-mail sent after the step committed (skipped when no
 * SMTP server is configured). Public API: {@link cn.fzmetro.portal.notification.Notifications}.
 * See docs/modules/notification.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.fzmetro.portal.notification;
