package cn.fzmetro.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.casefile.CaseNotFoundException;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestApplicants;
import cn.fzmetro.portal.testsupport.TestCases;

/** 好差评 through the service: once per closed own case, and a poor rating's follow-up. */
@PortalSpringTest
@RecordApplicationEvents
class RatingsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    Ratings ratings;
    @Autowired
    Deadlines deadlines;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String applicant() {
        return TestApplicants.register(accounts, null);
    }

    @Test
    void theApplicantRatesAClosedCaseOnce() {
        String applicant = applicant();
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, applicant);
        assertThat(ratings.forCase(c.id())).isEmpty();

        RatingInfo rating = ratings.rate(c.id(), SatisfactionLevel.SATISFIED, "  窗口服务热情，当天就转到了鼓楼  ");
        assertThat(rating.caseNumber()).isEqualTo(c.caseNumber());
        assertThat(rating.level()).isEqualTo(SatisfactionLevel.SATISFIED);
        assertThat(rating.comment()).isEqualTo("窗口服务热情，当天就转到了鼓楼");
        assertThat(rating.followUpState()).as("a good rating opens no follow-up").isNull();
        assertThat(ratings.forCase(c.id())).contains(rating);
        assertThat(events.stream(CaseRated.class).filter(e -> e.caseId() == c.id())).singleElement()
                .satisfies(e -> assertThat(e.followUpOpened()).isFalse());

        assertThatThrownBy(() -> ratings.rate(c.id(), SatisfactionLevel.VERY_SATISFIED, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("rating.error.already-rated"));
        assertThat(ratings.forCase(c.id()).orElseThrow().level()).isEqualTo(SatisfactionLevel.SATISFIED);
    }

    @Test
    void aCaseNotClosedYetCannotBeRated() {
        String applicant = applicant();
        CaseSummary c = TestCases.transferred(context, applicant);
        SignIn.as(users, applicant);
        assertThatThrownBy(() -> ratings.rate(c.id(), SatisfactionLevel.SATISFIED, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("rating.error.not-closed"));
        assertThat(ratings.forCase(c.id())).isEmpty();
    }

    @Test
    void nobodyButTheApplicantRatesOrSeesTheRating() {
        String applicant = applicant();
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, "minjiang");
        assertThatThrownBy(() -> ratings.rate(c.id(), SatisfactionLevel.VERY_DISSATISFIED, "不是我的办件"))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> ratings.forCase(c.id())).isInstanceOf(CaseNotFoundException.class);
        SignIn.as(users, "officer.gulou");
        assertThatThrownBy(() -> ratings.rate(c.id(), SatisfactionLevel.VERY_SATISFIED, null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, applicant);
        assertThat(ratings.forCase(c.id())).isEmpty();
    }

    @Test
    void aLevelIsRequiredAndACommentHasAtMost500Characters() {
        String applicant = applicant();
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, applicant);
        assertThatThrownBy(() -> ratings.rate(c.id(), null, "慢".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(tuple("rating.level", "validation.required"),
                                tuple("rating.comment", "rating.error.too-long")));
        assertThat(ratings.forCase(c.id())).isEmpty();
        assertThat(ratings.rate(c.id(), SatisfactionLevel.BASIC, "慢".repeat(500)).comment()).hasSize(500);
    }

    @Test
    void aPoorRatingOpensAFollowUpThatAnAdministratorCloses() {
        String applicant = applicant();
        CaseSummary c = TestCases.closed(context, applicant);
        SignIn.as(users, applicant);
        RatingInfo rating = ratings.rate(c.id(), SatisfactionLevel.DISSATISFIED, "跑了两趟才办完");
        assertThat(rating.followUpState()).isEqualTo(FollowUpState.OPEN);
        assertThat(rating.followUpDue()).isEqualTo(deadlines.dueDate(deadlines.today(), 15, List.of()));
        assertThat(events.stream(CaseRated.class).filter(e -> e.caseId() == c.id())).singleElement()
                .satisfies(e -> assertThat(e.followUpOpened()).isTrue());
        assertThatThrownBy(() -> ratings.list(null, null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "admin");
        assertThat(ratings.list(SatisfactionLevel.DISSATISFIED, FollowUpState.OPEN, PageRequest.of(0, 500)))
                .extracting(RatingInfo::id).contains(rating.id());
        assertThat(ratings.list(SatisfactionLevel.SATISFIED, null, PageRequest.of(0, 500)))
                .extracting(RatingInfo::id).doesNotContain(rating.id());
        assertThatThrownBy(() -> ratings.completeFollowUp(rating.id(), rating.version(), "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ratings.completeFollowUp(rating.id(), rating.version() + 1, "已回访"))
                .as("another administrator changed it first").isInstanceOf(ObjectOptimisticLockingFailureException.class);

        RatingInfo done = ratings.completeFollowUp(rating.id(), rating.version(), "已电话回访，材料清单已补充说明");
        assertThat(done.followUpState()).isEqualTo(FollowUpState.DONE);
        assertThat(done.followedUpBy()).isEqualTo("系统管理员");
        assertThat(done.followedUpAt()).isNotNull();
        assertThat(ratings.list(null, FollowUpState.OPEN, PageRequest.of(0, 500))).extracting(RatingInfo::id)
                .doesNotContain(rating.id());
        assertThatThrownBy(() -> ratings.completeFollowUp(rating.id(), done.version(), "再次回访"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("rating.error.no-open-follow-up"));
    }

    @Test
    void aDoubleSubmitGivesOneRating() throws Exception {
        String applicant = applicant();
        CaseSummary c = TestCases.closed(context, applicant);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RatingInfo>> submits = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                submits.add(pool.submit(() -> {
                    SignIn.as(users, applicant);
                    together.await();
                    return ratings.rate(c.id(), SatisfactionLevel.VERY_SATISFIED, null);
                }));
            }
            int accepted = 0;
            for (Future<RatingInfo> submit : submits) {
                try {
                    submit.get();
                    accepted++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.problems().get(0).messageKey())
                                    .isEqualTo("rating.error.already-rated"));
                }
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
