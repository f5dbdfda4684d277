package cn.fzmetro.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.testsupport.MutableClock;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;

/** A poor rating's follow-up past its due day reminds the receiving window's supervisors, once. */
@PortalSpringTest
class FollowUpRemindersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    Ratings ratings;
    @Autowired
    FollowUpReminders reminders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void theSupervisorsAreRemindedOnceTheDayAfterTheFollowUpWasDue() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, applicant);
        RatingInfo rating = ratings.rate(c.id(), SatisfactionLevel.VERY_DISSATISFIED, "窗口态度差");
        SignIn.out();

        clock.set(rating.followUpDue().atTime(8, 20).atZone(Deadlines.ZONE));
        reminders.remindNow();
        assertThat(recipients(c.id())).as("due today, not overdue yet").isEmpty();

        clock.set(rating.followUpDue().plusDays(1).atTime(8, 20).atZone(Deadlines.ZONE));
        reminders.remindNow();
        List<Long> supervisors = jdbc.queryForList("""
                SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE u.window_code = 'W350104' AND r.role = 'SUPERVISOR' AND u.enabled ORDER BY u.id""", Long.class);
        assertThat(supervisors).isNotEmpty();
        assertThat(recipients(c.id())).isEqualTo(supervisors);
        assertThat(jdbc.queryForList("SELECT DISTINCT message_key FROM user_notification WHERE case_id = ?"
                + " AND target = 'admin/ratings'", String.class, c.id())).containsExactly("notification.follow-up.overdue");

        clock.set(rating.followUpDue().plusDays(2).atTime(8, 20).atZone(Deadlines.ZONE));
        reminders.remindNow();
        assertThat(recipients(c.id())).as("the next day, or another node, reminds nobody again").isEqualTo(supervisors);
    }

    @Test
    void anAnsweredFollowUpRemindsNobody() {
        String applicant = TestApplicants.register(accounts, null);
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, applicant);
        RatingInfo rating = ratings.rate(c.id(), SatisfactionLevel.DISSATISFIED, "等了很久");
        SignIn.as(users, "admin");
        ratings.completeFollowUp(rating.id(), rating.version(), "已电话回访");
        SignIn.out();

        clock.set(rating.followUpDue().plusDays(3).atTime(8, 20).atZone(Deadlines.ZONE));
        reminders.remindNow();
        assertThat(recipients(c.id())).isEmpty();
    }

    private List<Long> recipients(long caseId) {
        return jdbc.queryForList("SELECT user_id FROM user_notification WHERE case_id = ? AND target = 'admin/ratings'"
                + " ORDER BY user_id", Long.class, caseId);
    }
}
