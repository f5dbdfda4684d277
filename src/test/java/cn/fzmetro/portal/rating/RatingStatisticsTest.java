package cn.fzmetro.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.rating.RatingStatistics.RatingSummary;
import cn.fzmetro.portal.testsupport.MutableClock;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestCases;

/**
 * A poor rating given on Tuesday 29 September 2026 is due for follow-up 15 working days later,
 * across 国庆 and the adjusted working Saturday 10 October: Monday 26 October. The dashboard
 * counts it per level and as open, then as overdue after that day.
 */
@PortalSpringTest
class RatingStatisticsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate RATED = LocalDate.of(2026, 9, 29);

    @Autowired
    Ratings ratings;
    @Autowired
    RatingStatistics statistics;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void tidyUp() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void theFollowUpIsDueInFifteenWorkingDaysAndTheDashboardCountsIt() {
        CaseSummary poor = TestCases.closed(context, "zhangwei");
        CaseSummary good = TestCases.closed(context, "zhangwei");
        clock.set(RATED.atTime(10, 0).atZone(SHANGHAI));
        SignIn.as(users, "zhangwei");
        RatingInfo rating = ratings.rate(poor.id(), SatisfactionLevel.VERY_DISSATISFIED, "两次补正才受理");
        ratings.rate(good.id(), SatisfactionLevel.SATISFIED, null);
        // 30 Sep, 8, 9, Sat 10 (调休), 12–16, 19–23, 26 Oct: the 15th working day
        assertThat(rating.followUpDue()).isEqualTo(LocalDate.of(2026, 10, 26));

        SignIn.as(users, "admin");
        RatingSummary onTheDay = statistics.summary(RATED, RATED);
        assertThat(onTheDay.perLevel().get(SatisfactionLevel.VERY_DISSATISFIED)).isEqualTo(1);
        assertThat(onTheDay.perLevel().get(SatisfactionLevel.SATISFIED)).isEqualTo(1);
        assertThat(onTheDay.perLevel().get(SatisfactionLevel.BASIC)).isZero();
        assertThat(onTheDay.openFollowUps()).isEqualTo(1);
        assertThat(onTheDay.overdueFollowUps()).isZero();

        clock.set(ZonedDateTime.of(2026, 10, 27, 9, 0, 0, 0, SHANGHAI));
        assertThat(statistics.summary(RATED, RATED).overdueFollowUps()).isEqualTo(1);

        SignIn.as(users, "supervisor.cangshan");
        assertThat(statistics.summary(RATED, RATED).openFollowUps()).as("a case received at the 仓山 window")
                .isEqualTo(1);
        // the follow-up is the receiving window's: its supervisor sees and answers it
        RatingInfo assigned = ratings.list(SatisfactionLevel.VERY_DISSATISFIED, FollowUpState.OPEN,
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent().stream()
                .filter(r -> r.id() == rating.id()).findFirst().orElseThrow();
        assertThat(assigned.assignedWindowCode()).isEqualTo("W350104");
        assertThat(ratings.list(null, null, org.springframework.data.domain.PageRequest.of(0, 500)).getContent())
                .allSatisfy(r -> assertThat(r.assignedWindowCode()).isEqualTo("W350104"));
        assertThat(ratings.completeFollowUp(rating.id(), assigned.version(), "已电话回访，说明补正要求并致歉")
                .followUpState()).isEqualTo(FollowUpState.DONE);
        SignIn.as(users, "clerk.putian");
        assertThatThrownBy(() -> statistics.summary(RATED, RATED)).isInstanceOf(AccessDeniedException.class);
    }
}
