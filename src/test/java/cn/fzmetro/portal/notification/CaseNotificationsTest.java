package cn.fzmetro.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;
import cn.fzmetro.portal.testsupport.TestIdentities;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Each case step tells its applicant once in the app (in the step's transaction) and once by
 * e-mail (after commit), and nobody else. GreenMail listens on the SMTP port the test
 * properties configure.
 */
@PortalSpringTest
class CaseNotificationsTest {

    private static final long MAIL_TIMEOUT_MS = 10_000;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    PortalI18NProvider i18n;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eachStepGivesTheApplicantOneNotificationInTheAppAndOneEmail() throws Exception {
        String email = TestIdentities.username("linfang") + "@example.cn";
        String applicant = TestApplicants.register(accounts, email);
        CaseSummary c = TestCases.submitted(context, applicant);

        List<NotificationItem> mine = notifications.mine(PageRequest.of(0, 20)).getContent();
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.caseId()).isEqualTo(c.id());
            assertThat(n.caseNumber()).isEqualTo(c.caseNumber());
            assertThat(n.messageKey()).isEqualTo("notification.case.submitted");
            assertThat(n.unread()).isTrue();
        });
        assertThat(notifications.unreadCount()).isEqualTo(1);
        List<MimeMessage> mails = mailsTo(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(c.caseNumber());
        assertThat(mails.get(0).getFrom()).extracting(Address::toString).containsExactly("noreply@tongban.fzmetro.cn");
        assertThat(body(mails.get(0))).startsWith("林芳：").contains("您的办件 " + c.caseNumber() + "（有限责任公司设立登记）已提交至仓山区");

        // acceptance and the same-day transfer are one step for the applicant: one more notice
        TestCases.accepted(context, c);
        String expected = "您的办件 " + c.caseNumber() + "（有限责任公司设立登记）已受理，并已转至福州市鼓楼区市场监督管理局审批。";
        SignIn.as(users, applicant);
        mine = notifications.mine(PageRequest.of(0, 20)).getContent();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).messageKey()).as("newest first").isEqualTo("notification.case.transferred");
        assertThat(i18n.getTranslation(mine.get(0).messageKey(), PortalI18NProvider.CHINESE,
                mine.get(0).messageArgs().toArray())).isEqualTo(expected);
        assertThat(mailsTo(email, 2)).hasSize(2).anySatisfy(m -> assertThat(body(m)).contains(expected));
    }

    @Test
    void nobodyElseSeesOrMarksTheApplicantsNotification() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.submitted(context, applicant);
        NotificationItem notice = notifications.mine(PageRequest.of(0, 20)).getContent().get(0);

        SignIn.as(users, "minjiang");
        assertThat(notifications.mine(PageRequest.of(0, 1000)).getContent())
                .noneMatch(n -> n.id() == notice.id() || n.caseId() == c.id());
        notifications.markRead(notice.id());
        notifications.markAllRead();

        SignIn.as(users, applicant);
        assertThat(notifications.unreadCount()).as("still unread for its owner").isEqualTo(1);
        notifications.markRead(notice.id());
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(PageRequest.of(0, 20)).getContent()).singleElement()
                .satisfies(n -> assertThat(n.readAt()).isNotNull());
    }

    /** Waits until {@code count} mails to this address arrived, whatever else the server got meanwhile. */
    private static List<MimeMessage> mailsTo(String address, int count) {
        List<MimeMessage> mine = List.of();
        for (int received = 1; mine.size() < count && greenMail.waitForIncomingEmail(MAIL_TIMEOUT_MS, received);
                received++) {
            mine = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
        }
        return mine;
    }

    private static boolean isTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
