package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.clock.ClockState;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.testsupport.MutableClock;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;

/**
 * The daily deadline warning: a clock entering its warning period tells the case's handlers once
 * (in-app), and a rerun tells nobody again; a clock still running tells nobody.
 */
@PortalSpringTest
class DeadlineWarningsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    DeadlineWarnings warnings;
    @Autowired
    Deadlines deadlines;
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
    void theWindowsClerksAreWarnedOnceWhenTheIntakeClockEntersItsWarningPeriod() {
        CaseSummary c = TestCases.submitted(context, TestApplicants.register(accounts, null));
        SignIn.out();
        LocalDate due = dueDate(c.id());

        clock.set(ZonedDateTime.now(Deadlines.ZONE));
        assertThat(deadlines.status(due).state()).isEqualTo(ClockState.RUNNING);
        warnings.warnNow();
        assertThat(recipients(c.id())).as("five working days left: no warning yet").isEmpty();

        clock.set(due.atTime(8, 15).atZone(Deadlines.ZONE));
        assertThat(deadlines.status(due).state()).isEqualTo(ClockState.WARNING);
        warnings.warnNow();
        List<Long> clerks = jdbc.queryForList("""
                SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE u.window_code = 'W350104' AND r.role = 'CLERK' AND u.enabled ORDER BY u.id""", Long.class);
        assertThat(clerks).isNotEmpty();
        assertThat(recipients(c.id())).as("every clerk of the unclaimed case's window").isEqualTo(clerks);
        assertThat(jdbc.queryForList("SELECT DISTINCT message_key FROM user_notification WHERE case_id = ?"
                + " AND target IS NOT NULL", String.class, c.id())).containsExactly("notification.deadline.intake");
        assertThat(jdbc.queryForList("SELECT DISTINCT target FROM user_notification WHERE case_id = ?"
                + " AND target IS NOT NULL", String.class, c.id())).containsExactly("window/cases/" + c.id());

        warnings.warnNow();
        assertThat(recipients(c.id())).as("the rerun, or another node, warns nobody again").isEqualTo(clerks);
    }

    @Test
    void theAuthoritysOfficersAreWarnedAboutTheDecisionClock() {
        CaseSummary c = TestCases.transferred(context, TestApplicants.register(accounts, null));
        SignIn.out();
        LocalDate due = dueDate(c.id());
        clock.set(due.atTime(8, 15).atZone(Deadlines.ZONE));
        warnings.warnNow();

        List<Long> officers = jdbc.queryForList("""
                SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE u.authority_code = 'A350102-SCJG' AND r.role = 'OFFICER' AND u.enabled ORDER BY u.id""",
                Long.class);
        assertThat(officers).isNotEmpty();
        assertThat(recipients(c.id())).isEqualTo(officers);
        assertThat(jdbc.queryForList("SELECT DISTINCT target FROM user_notification WHERE case_id = ?"
                + " AND target IS NOT NULL", String.class, c.id())).containsExactly("authority/cases/" + c.id());
    }

    @Test
    void theWarningPeriodIsWhereTheClockShowsWarning() {
        clock.set(ZonedDateTime.parse("2025-09-25T09:00:00+08:00[Asia/Shanghai]"));
        LocalDate today = deadlines.today();
        LocalDate until = deadlines.warningUntil();
        for (LocalDate due = today; due.isBefore(today.plusDays(20)); due = due.plusDays(1)) {
            boolean inRange = due.isBefore(until);
            assertThat(deadlines.status(due).state() == ClockState.WARNING).as("due %s", due).isEqualTo(inRange);
        }
    }

    private LocalDate dueDate(long caseId) {
        return jdbc.queryForObject("SELECT due_date FROM case_file WHERE id = ?", LocalDate.class, caseId);
    }

    /** Who got a staff notification about the case, in id order. */
    private List<Long> recipients(long caseId) {
        return jdbc.queryForList("SELECT user_id FROM user_notification WHERE case_id = ? AND target IS NOT NULL"
                + " ORDER BY user_id", Long.class, caseId);
    }
}
