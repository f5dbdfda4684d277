package cn.fzmetro.portal.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.account.AccountContacts;
import cn.fzmetro.portal.account.Contact;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import cn.fzmetro.portal.casefile.CaseEvents.CaseEvent;

/**
 * E-mails the applicant about each case step, with the same words as the in-app notification.
 * Mails are always Chinese, the portal's language: the user's language choice lives in their
 * browser, which a mail sent later does not see.
 */
@Component
class CaseMailer {

    private static final Logger log = LoggerFactory.getLogger(CaseMailer.class);

    private final CaseMessages messages;
    private final AccountContacts contacts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final PortalI18NProvider i18n;
    private final String from;

    CaseMailer(CaseMessages messages, AccountContacts contacts, ObjectProvider<JavaMailSender> mailSender,
            PortalI18NProvider i18n, @Value("${portal.mail.from}") String from) {
        this.messages = messages;
        this.contacts = contacts;
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.from = from;
    }

    /**
     * After the step committed, on another thread, so a slow or absent SMTP server never holds up
     * the clerk. The event publication registry records the delivery: a mail that fails throws,
     * and its publication stays incomplete to be sent again (at restart).
     */
    @ApplicationModuleListener
    void on(CaseEvent event) {
        messages.about(event).ifPresent(message -> contacts.of(message.applicantId())
                .filter(c -> c.email() != null && !c.email().isBlank())
                .ifPresent(contact -> send(message, contact)));
    }

    private void send(CaseMessage message, Contact contact) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            // Boot defines a mail sender only when spring.mail.host is set: a fresh machine runs without SMTP
            log.info("No SMTP server configured (spring.mail.host): no e-mail about case {}", message.caseNumber());
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(contact.email());
        mail.setSubject(chinese("notification.mail.subject", message.caseNumber()));
        mail.setText(chinese("notification.mail.body", contact.displayName(),
                chinese(message.key(), message.args().toArray())));
        sender.send(mail);
    }

    private String chinese(String key, Object... args) {
        return i18n.getTranslation(key, PortalI18NProvider.CHINESE, args);
    }
}
