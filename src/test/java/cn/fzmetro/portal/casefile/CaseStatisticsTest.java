package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseStatistics.Count;
import cn.fzmetro.portal.casefile.CaseStatistics.Dashboard;
import cn.fzmetro.portal.casefile.CaseStatistics.FlowCell;
import cn.fzmetro.portal.casefile.CaseStatistics.MaterialCorrections;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * Every dashboard figure against a fixture computed by hand: seven cases of March 2031 (a month
 * no other test uses) plus one of May that must not count.
 */
@PortalSpringTest
class CaseStatisticsTest {

    private static final LocalDate FROM = LocalDate.of(2031, 3, 1);
    private static final LocalDate TO = LocalDate.of(2031, 3, 31);

    @Autowired
    CaseStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void fixture() {
        // number, window, window region, competent region, item, seconds receipt→sign-for, intake on time,
        // decision on time, correction rounds, received
        insert("T31-1", "W350104", "350104", "350102", "SCJG-001", 7200L, true, true, 1, "2031-03-02T10:00");
        insert("T31-2", "W350104", "350104", "350102", "SCJG-001", 14400L, false, null, 0, "2031-03-03T10:00");
        insert("T31-3", "W350104", "350104", "350102", "SCJG-001", 36000L, true, null, 2, "2031-03-04T10:00");
        insert("T31-4", "W350104", "350104", "350104", "SCJG-020", null, null, null, 0, "2031-03-05T10:00");
        insert("T31-5", "W350302", "350302", "350102", "SCJG-001", 3600L, true, false, 0, "2031-03-06T10:00");
        insert("T31-6", "W350104", "350104", "350102", "SCJG-001", 72000L, true, null, 0, "2031-03-31T23:30");
        insert("T31-7", "W350104", "350104", "350102", "SCJG-001", 60L, true, true, 3, "2031-05-02T10:00");
        flag("T31-1", 1, "M01");
        flag("T31-3", 1, "M01");
        flag("T31-3", 2, "M01");
        flag("T31-3", 2, "M02");
        flag("T31-7", 1, "M02");
    }

    @AfterEach
    void removeFixture() {
        jdbc.update("DELETE FROM case_correction_item WHERE case_id IN (SELECT id FROM case_file WHERE case_number LIKE 'T31-%')");
        jdbc.update("DELETE FROM case_file WHERE case_number LIKE 'T31-%'");
        SignIn.out();
    }

    private void insert(String number, String window, String windowRegion, String competent, String item,
            Long secondsToSignFor, Boolean intakeOnTime, Boolean decisionOnTime, int rounds, String received) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.parse(received).minusHours(8)); // Asia/Shanghai → UTC
        jdbc.update("""
                INSERT INTO case_file (case_number, item_code, item_name, applicant_name, receiving_window_code,
                  receiving_region_code, competent_region_code, status, received_at, receipt_to_sign_for_seconds,
                  intake_on_time, decision_on_time, correction_round, created_at, updated_at, version)
                VALUES (?, ?, ?, '测试申请人', ?, ?, ?, 'UNDER_REVIEW', ?, ?, ?, ?, ?, ?, ?, 0)
                """, number, item, item.equals("SCJG-001") ? "有限责任公司设立登记" : "其他事项", window, windowRegion,
                competent, at, secondsToSignFor, intakeOnTime, decisionOnTime, rounds, at, at);
    }

    private void flag(String number, int round, String material) {
        jdbc.update("""
                INSERT INTO case_correction_item (case_id, round_no, material_code, material_name, reason, rule_text)
                SELECT id, ?, ?, ?, '不符合', '收件标准' FROM case_file WHERE case_number = ?
                """, round, material, "材料" + material, number);
    }

    @Test
    void everyFigureOfThePeriodMatchesTheHandCount() {
        SignIn.as(users, "admin");
        Dashboard d = statistics.dashboard(FROM, TO, null);

        assertThat(d.received()).isEqualTo(6);
        assertThat(d.perItem()).extracting(Count::code, Count::count)
                .containsExactly(tuple("SCJG-001", 5L), tuple("SCJG-020", 1L));
        assertThat(d.perWindow()).extracting(Count::code, Count::count)
                .containsExactly(tuple("W350104", 5L), tuple("W350302", 1L));
        assertThat(d.perCompetentDistrict()).extracting(Count::code, Count::count)
                .containsExactly(tuple("350102", 5L), tuple("350104", 1L));
        // 仓山 → 鼓楼: 2 h, 4 h, 10 h, 20 h: median (4 + 10) / 2 = 7 h; 城厢 → 鼓楼: one case of 1 h
        assertThat(d.flow()).extracting(FlowCell::from, FlowCell::to, FlowCell::cases, FlowCell::signedFor,
                FlowCell::medianHoursToSignFor).containsExactly(
                        tuple("350104", "350102", 4L, 4L, 7.0),
                        tuple("350104", "350104", 1L, 0L, null),
                        tuple("350302", "350102", 1L, 1L, 1.0));
        assertThat(d.intakeOnTime().part()).isEqualTo(4);
        assertThat(d.intakeOnTime().whole()).isEqualTo(5);
        assertThat(d.intakeOnTime().percent()).isEqualTo(80.0);
        assertThat(d.decisionOnTime().percent()).isEqualTo(50.0);
        // M01 flagged in cases 1 and 3 (twice in 3: counted once), M02 in case 3; 5 cases of SCJG-001
        assertThat(d.correctionsPerMaterial()).extracting(MaterialCorrections::materialCode,
                MaterialCorrections::casesCorrected, MaterialCorrections::casesReceived, MaterialCorrections::percent)
                .containsExactly(tuple("M01", 2L, 5L, 40.0), tuple("M02", 1L, 5L, 20.0));
        assertThat(d.averageCorrectionRounds()).isEqualTo(0.5); // (1 + 0 + 2 + 0 + 0 + 0) / 6
    }

    @Test
    void aMedianOfAnOddCountIsTheMiddleValueAndACityCoversItsDistricts() {
        SignIn.as(users, "admin");
        Dashboard putian = statistics.dashboard(FROM, TO, "350300");
        assertThat(putian.received()).isEqualTo(1);
        assertThat(putian.flow()).extracting(FlowCell::medianHoursToSignFor).containsExactly(1.0);
        Dashboard early = statistics.dashboard(FROM, LocalDate.of(2031, 3, 4), "350104");
        // 2 h, 4 h, 10 h → 4 h
        assertThat(early.flow()).extracting(FlowCell::medianHoursToSignFor).containsExactly(4.0);
    }

    @Test
    void aWindowSupervisorSeesTheFiguresOfTheirOwnWindow() {
        SignIn.as(users, "supervisor.cangshan");
        Dashboard own = statistics.dashboard(FROM, TO, "350300"); // a region is ignored: the window is the scope
        assertThat(own.scope()).isEqualTo("W350104");
        assertThat(own.received()).isEqualTo(5);
        assertThat(own.perWindow()).extracting(Count::code).containsExactly("W350104");
    }

    @Test
    void onlyAdministratorsAndSupervisorsSeeTheFiguresAndThePeriodIsBounded() {
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> statistics.dashboard(FROM, TO, null)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "admin");
        assertThatThrownBy(() -> statistics.dashboard(TO, FROM, null))
                .isInstanceOf(cn.fzmetro.portal.base.InvalidInputException.class);
    }
}
