package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
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
    @Autowired
    CatalogQuery catalog;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CaseSummary submittedAtCangshanForGulou(String key) {
        SignIn.as(users, "zhangwei");
        long id = new Applications(filing, catalog).completeDraft("SCJG-001", "W350104", "350102");
        return filing.submit(id, key, true, false);
    }

    /** The clerk finds every intake standard met (clerk signed in). */
    private void conformAll(long caseId) {
        Applications.conformAll(cases, intake, review, caseId, ChecklistStage.INTAKE);
    }

    /** The clerk flags the first line of {@code materialCode} as needing correction and passes the rest. */
    private void flag(long caseId, String materialCode, Verdict verdict, String reason) {
        CheckItem line = cases.details(caseId).intakeChecklist().stream()
                .filter(l -> l.materialCode().equals(materialCode) && l.verdict() == Verdict.OPEN).findFirst()
                .orElseThrow();
        intake.recordVerdict(caseId, line.id(), line.version(), verdict, reason);
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
        assertThat(filing.submit(submitted.id(), key, true, false).caseNumber()).isEqualTo(submitted.caseNumber());
        assertThat(events.stream(CaseEvents.CaseSubmitted.class)).hasSize(1);

        SignIn.as(users, "clerk.putian");
        assertThatThrownBy(() -> intake.accept(submitted.id(), submitted.version(), null))
                .as("a clerk of another window").isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.get(submitted.id())).isInstanceOf(CaseNotFoundException.class);

        SignIn.as(users, "officer.gulou");
        assertThatThrownBy(() -> review.signFor(submitted.id(), submitted.version()))
                .as("not transferred yet").isInstanceOf(CaseNotFoundException.class);

        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> intake.accept(submitted.id(), submitted.version(), null))
                .as("accept is blocked while checklist lines are open")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("case.error.lines-open"));
        conformAll(submitted.id());
        int version = cases.get(submitted.id()).version();
        CaseSummary transferred = intake.accept(submitted.id(), version, "材料齐全，符合法定形式");
        assertThat(transferred.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(transferred.competentAuthorityCode()).isEqualTo("A350102-SCJG");
        assertThat(events.stream(CaseEvents.CaseTransferred.class)).hasSize(1);

        SignIn.as(users, "officer.gulou");
        CaseSummary signed = review.signFor(submitted.id(), transferred.version());
        assertThatThrownBy(() -> review.decide(submitted.id(), signed.version(), true, "准予"))
                .as("review points still open").isInstanceOf(InvalidInputException.class);
        Applications.conformAll(cases, intake, review, submitted.id(), ChecklistStage.REVIEW);
        CaseSummary approved = review.decide(submitted.id(), signed.version(), true, "申请材料齐全，符合法定形式，准予登记");
        assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
        assertThatThrownBy(() -> review.close(submitted.id(), approved.version(), DeliveryMethod.POST, " "))
                .as("post needs a tracking number").isInstanceOf(InvalidInputException.class);
        CaseSummary closed = review.close(submitted.id(), approved.version(), DeliveryMethod.WINDOW, null);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);

        CasePage officersPage = cases.page(submitted.id());
        assertThat(officersPage.details().intakeChecklist()).isNotEmpty().isSortedAccordingTo(BY_LINE)
                .allSatisfy(l -> assertThat(l.stage()).isEqualTo(ChecklistStage.INTAKE));
        assertThat(officersPage.details().reviewChecklist()).as("the officer's working paper").isNotEmpty()
                .isSortedAccordingTo(BY_LINE).allSatisfy(l -> assertThat(l.stage()).isEqualTo(ChecklistStage.REVIEW));
        assertThat(officersPage.history()).extracting(CaseHistoryLine::action).contains(CaseAction.VERDICT_RECORDED);

        SignIn.as(users, "zhangwei");
        CasePage applicantsPage = cases.page(submitted.id());
        assertThat(applicantsPage.details().intakeChecklist()).hasSameSizeAs(officersPage.details().intakeChecklist());
        assertThat(applicantsPage.details().reviewChecklist()).as("not shown to the applicant").isEmpty();
        assertThat(applicantsPage.history()).extracting(CaseHistoryLine::action).containsExactly(
                CaseAction.SUBMITTED, CaseAction.ACCEPTED, CaseAction.TRANSFERRED, CaseAction.SIGNED_FOR,
                CaseAction.APPROVED, CaseAction.CLOSED);
        assertThat(applicantsPage.history()).extracting(CaseHistoryLine::place).contains(
                "仓山区行政服务中心“福州都市圈通办”窗口", "福州市鼓楼区市场监督管理局");
    }

    private static final Comparator<CheckItem> BY_LINE = Comparator.comparingLong(CheckItem::id);

    @Test
    void twoClerksActingOnTheSameVersionOneWinsTheOtherIsToldAndNothingIsOverwritten() {
        CaseSummary submitted = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        conformAll(submitted.id());
        int seen = cases.get(submitted.id()).version();
        intake.refuse(submitted.id(), seen, "不属于本事项受理范围", "《中华人民共和国行政许可法》第三十二条");
        assertThatThrownBy(() -> intake.accept(submitted.id(), seen, null))
                .isInstanceOfSatisfying(CaseConflictException.class,
                        e -> assertThat(e.currentStatus()).isEqualTo(CaseStatus.REFUSED));
        assertThat(cases.get(submitted.id()).status()).isEqualTo(CaseStatus.REFUSED);
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
        conformAll(submitted.id());
        CaseSummary transferred = intake.accept(submitted.id(), cases.get(submitted.id()).version(), null);
        SignIn.as(users, "officer.gulou");
        assertThatThrownBy(() -> review.returnNotCompetent(submitted.id(), transferred.version(), ""))
                .isInstanceOf(InvalidInputException.class);
        CaseSummary returned = review.returnNotCompetent(submitted.id(), transferred.version(), "住所位于台江区");
        assertThat(returned.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThatThrownBy(() -> cases.get(submitted.id())).as("no longer the authority's case")
                .isInstanceOf(CaseNotFoundException.class);

        SignIn.as(users, "clerk.cangshan");
        CaseSummary rerouted = intake.reroute(submitted.id(), returned.version(), "350103");
        assertThat(rerouted.competentRegionCode()).isEqualTo("350103");
        CaseSummary again = intake.accept(submitted.id(), rerouted.version(), null);
        assertThat(again.competentAuthorityCode()).isEqualTo("A350103-SCJG");
    }

    @Test
    void aCaseWithoutCorrectionNoticeOrAcceptanceWithinFiveWorkingDaysIsDeemedAcceptedOnItsReceiptDay() {
        CaseSummary waiting = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        CaseSummary corrected = submittedAtCangshanForGulou(UUID.randomUUID().toString());
        SignIn.as(users, "clerk.cangshan");
        flag(corrected.id(), "M01", Verdict.NEEDS_CORRECTION, "申请书未签字");
        conformAll(corrected.id());
        intake.requestCorrection(corrected.id(), cases.get(corrected.id()).version());

        fiveDayRule.markOverdue(waiting.dueDate());
        assertThat(cases.page(waiting.id()).history()).extracting(CaseHistoryLine::action)
                .as("the due day itself is still in time").doesNotContain(CaseAction.DEEMED_ACCEPTED);

        fiveDayRule.markOverdue(waiting.dueDate().plusDays(1));
        SignIn.as(users, "zhangwei");
        assertThat(cases.page(waiting.id()).history()).extracting(CaseHistoryLine::action)
                .containsExactly(CaseAction.SUBMITTED, CaseAction.DEEMED_ACCEPTED);
        assertThat(cases.page(waiting.id()).history().get(1).detail())
                .isEqualTo(cn.fzmetro.portal.clock.Deadlines.localDate(waiting.receivedAt()).toString());
        assertThat(cases.get(waiting.id()).status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(cases.page(corrected.id()).history()).extracting(CaseHistoryLine::action)
                .as("a correction notice stops the intake clock").doesNotContain(CaseAction.DEEMED_ACCEPTED);
        assertThat(events.stream(CaseEvents.CaseDeemedAccepted.class)).anyMatch(e -> e.caseId() == waiting.id());
    }
}
