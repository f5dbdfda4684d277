package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * A case across districts through the services: handed in at the 仓山 window for 鼓楼区,
 * accepted and transferred to the 鼓楼 market regulator, decided and closed — with every
 * refusal of a caller who is not entitled to act.
 */
@PortalSpringTest
@RecordApplicationEvents
class CaseFlowTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseReview review;
    @Autowired
    Cases cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    FiveDayRule fiveDayRule;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CaseSummary submittedAtCangshanForGulou(String key) {
        SignIn.as(users, "zhangwei");
        long id = filing.startDraft("SCJG-001");
        filing.route(id, "W350104", "350102");
        return filing.submit(id, key);
    }

    @Test
    void aCaseCrossesDistrictsFromTheReceivingWindowToTheCompetentAuthority() {
        String key = UUID.randomUUID().toString();
        CaseSummary submitted = submittedAtCangshanForGulou(key);
        assertThat(submitted.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(submitted.caseNumber()).matches("350104-\\d{8}-\\d{6}");
        assertThat(submitted.dueDate()).isNotNull();
        assertThat(events.stream(CaseEvents.CaseSubmitted.class)).hasSize(1);

        // the same submission again (double click, retry) is the same case
        assertThat(filing.submit(submitted.id(), key).caseNumber()).isEqualTo(submitted.caseNumber());
        assertThat(events.stream(CaseEvents.CaseSubmitted.class)).hasSize(1);

        SignIn.as(users, "clerk.putian");
        assertThatThrownBy(() -> intake.accept(submitted.id(), submitted.version(), null))
                .as("a clerk of another window").isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.get(submitted.id())).isInstanceOf(CaseNotFoundException.class);

        SignIn.as(users, "officer.gulou");
        assertThatThrownBy(() -> review.signFor(submitted.id(), submitted.version()))
                .as("not transferred yet").isInstanceOf(CaseNotFoundException.class);

        SignIn.as(users, "clerk.cangshan");
        CaseSummary transferred = intake.accept(submitted.id(), submitted.version(), "材料齐全，符合法定形式");
        assertThat(transferred.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(transferred.competentAuthorityCode()).isEqualTo("A350102-SCJG");
        assertThat(events.stream(CaseEvents.CaseTransferred.class)).hasSize(1);

        SignIn.as(users, "officer.gulou");
        CaseSummary signed = review.signFor(submitted.id(), transferred.version());
        CaseSummary approved = review.decide(submitted.id(), signed.version(), true, "申请材料齐全，符合法定形式，准予登记");
        assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
        CaseSummary closed = review.close(submitted.id(), approved.version(), "电子营业执照已发放，纸质执照窗口领取");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);

        SignIn.as(users, "zhangwei");
        assertThat(cases.history(submitted.id())).extracting(CaseHistoryLine::action).containsExactly(
                CaseAction.SUBMITTED, CaseAction.ACCEPTED, CaseAction.TRANSFERRED, CaseAction.SIGNED_FOR,
                CaseAction.APPROVED, CaseAction.CLOSED);
        assertThat(cases.history(submitted.id())).extracting(CaseHistoryLine::place).contains(
                "仓山区行政服务中心“福州都市圈通办”窗口", "福州市鼓楼区市场监督管理局");
    }

    @Test
    void twoClerksActingOnTheSameVersionOneWinsTheOtherIsToldAndNothingIsOverwritten() {
        CaseSummary submitted = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        intake.requestCorrection(submitted.id(), submitted.version(), "章程未签字");
        assertThatThrownBy(() -> intake.accept(submitted.id(), submitted.version(), null))
                .isInstanceOfSatisfying(CaseConflictException.class,
                        e -> assertThat(e.currentStatus()).isEqualTo(CaseStatus.CORRECTION_REQUESTED));
        assertThat(cases.get(submitted.id()).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
    }

    @Test
    void aRefusalNeedsAReasonAndItsLegalBasis() {
        CaseSummary submitted = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> intake.refuse(submitted.id(), submitted.version(), "不属于本事项受理范围", " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("case.refusal-basis"));
        assertThat(cases.get(submitted.id()).status()).isEqualTo(CaseStatus.RECEIVED);
        CaseSummary refused = intake.refuse(submitted.id(), submitted.version(), "不属于本事项受理范围",
                "《中华人民共和国行政许可法》第三十二条第一款第二项");
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
    }

    @Test
    void anotherApplicantCannotSeeOrWithdrawTheCase() {
        CaseSummary submitted = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "minjiang");
        assertThatThrownBy(() -> cases.get(submitted.id())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> filing.withdraw(submitted.id(), submitted.version()))
                .isInstanceOf(CaseNotFoundException.class);
        SignIn.as(users, "zhangwei");
        assertThat(filing.withdraw(submitted.id(), submitted.version()).status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void aClerkCannotUseTheApplicantsOrOfficersSteps() {
        CaseSummary submitted = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> filing.withdraw(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.signFor(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerReturnsACaseAsNotCompetentWithAReason() {
        CaseSummary submitted = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        CaseSummary transferred = intake.accept(submitted.id(), submitted.version(), null);
        SignIn.as(users, "officer.gulou");
        assertThatThrownBy(() -> review.returnNotCompetent(submitted.id(), transferred.version(), ""))
                .isInstanceOf(InvalidInputException.class);
        CaseSummary returned = review.returnNotCompetent(submitted.id(), transferred.version(), "住所位于台江区");
        assertThat(returned.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThatThrownBy(() -> cases.get(submitted.id())).as("no longer the authority's case")
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void aCaseWithoutCorrectionNoticeOrAcceptanceWithinFiveWorkingDaysIsDeemedAcceptedOnItsReceiptDay() {
        CaseSummary waiting = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        CaseSummary corrected = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        intake.requestCorrection(corrected.id(), corrected.version(), "缺少住所使用证明");

        fiveDayRule.markOverdue(waiting.dueDate());
        assertThat(cases.history(waiting.id())).extracting(CaseHistoryLine::action)
                .as("the due day itself is still in time").doesNotContain(CaseAction.DEEMED_ACCEPTED);

        fiveDayRule.markOverdue(waiting.dueDate().plusDays(1));
        assertThat(cases.history(waiting.id())).extracting(CaseHistoryLine::action)
                .containsExactly(CaseAction.SUBMITTED, CaseAction.DEEMED_ACCEPTED);
        assertThat(cases.history(waiting.id()).get(1).detail())
                .isEqualTo(cn.fzmetro.portal.clock.Deadlines.localDate(waiting.receivedAt()).toString());
        assertThat(cases.get(waiting.id()).status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(cases.history(corrected.id())).extracting(CaseHistoryLine::action)
                .as("a correction notice stops the intake clock").doesNotContain(CaseAction.DEEMED_ACCEPTED);
        assertThat(events.stream(CaseEvents.CaseDeemedAccepted.class)).anyMatch(e -> e.caseId() == waiting.id());
    }
}
