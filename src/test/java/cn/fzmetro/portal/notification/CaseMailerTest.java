package cn.fzmetro.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import cn.fzmetro.portal.account.AccountContacts;
import cn.fzmetro.portal.account.Contact;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import cn.fzmetro.portal.casefile.CaseEvents.CaseClosed;
import cn.fzmetro.portal.casefile.CaseStatus;

/** The mail of a case step, and no mail (and no failure) where there is no SMTP server. */
class CaseMailerTest {

    private static final CaseClosed CLOSED = new CaseClosed(7, "350104-20261129-000001", CaseStatus.CLOSED,
            Instant.parse("2026-11-29T02:00:00Z"));

    private final CaseMessages messages = mock(CaseMessages.class);
    private final AccountContacts contacts = mock(AccountContacts.class);

    CaseMailerTest() {
        when(messages.about(CLOSED)).thenReturn(Optional.of(new CaseMessage(42, 7, "350104-20261129-000001",
                "notification.case.closed", List.of("350104-20261129-000001", "有限责任公司设立登记"))));
        when(contacts.of(42)).thenReturn(Optional.of(new Contact("张伟", "zhangwei@example.cn", "13800000001")));
    }

    @Test
    void theApplicantGetsTheStepInChinese() {
        JavaMailSender sender = mock(JavaMailSender.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        mailer(beans).on(CLOSED);

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("zhangwei@example.cn");
        assertThat(sent.getValue().getFrom()).isEqualTo("noreply@tongban.fzmetro.cn");
        assertThat(sent.getValue().getSubject()).isEqualTo("福州都市圈通办：您的办件 350104-20261129-000001 有新进展");
        assertThat(sent.getValue().getText()).startsWith("张伟：\n\n您的办件 350104-20261129-000001（有限责任公司设立登记）已办结。");
    }

    @Test
    void withoutAMailSenderNothingIsSentAndNothingFails() {
        mailer(new StaticListableBeanFactory()).on(CLOSED);
        verify(contacts).of(42);
    }

    private CaseMailer mailer(StaticListableBeanFactory beans) {
        return new CaseMailer(messages, contacts, beans.getBeanProvider(JavaMailSender.class), new PortalI18NProvider(),
                "noreply@tongban.fzmetro.cn");
    }
}
