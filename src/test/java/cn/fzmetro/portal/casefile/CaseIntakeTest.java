package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.notice.IssuedNotice;
import cn.fzmetro.portal.notice.NoticeKind;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.MutableClock;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/**
 * The window's and the authority's work on a case: the checklist from the pinned version, one
 * correction notice for everything flagged, the second round limited to what changed, 容缺,
 * the five-day rule across 国庆, the clock stopped by a special step, notices, and the counter.
 */
@PortalSpringTest
class CaseIntakeTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseReview review;
    @Autowired
    Cases cases;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    UserDetailsService users;
    @Autowired
    FiveDayRule fiveDayRule;
    @Autowired
    MutableClock clock;
    @Autowired
    cn.fzmetro.portal.clock.WorkingDays workingDays;

    @AfterEach
    void tidyUp() {
        clock.reset();
        SignIn.out();
    }

    private CaseSummary submitted(String item) {
        SignIn.as(users, "zhangwei");
        return new Applications(filing, catalog).submitted(item, "W350104", "350102");
    }

    private CheckItem firstOpen(long caseId, String materialCode) {
        return cases.details(caseId).intakeChecklist().stream()
                .filter(l -> l.materialCode().equals(materialCode) && l.verdict() == Verdict.OPEN).findFirst()
                .orElseThrow();
    }

    private String noticeText(long caseId, NoticeKind kind) throws IOException {
        IssuedNotice notice = cases.details(caseId).notices().stream().filter(n -> n.kind() == kind).reduce((a, b) -> b)
                .orElseThrow();
        try (var pdf = Loader.loadPDF(cases.noticePdf(caseId, notice.id()))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theIntakeChecklistHasEveryStandardOfEveryMaterialOfThePinnedVersion() {
        CaseSummary c = submitted("SCJG-001");
        SignIn.as(users, "clerk.cangshan");
        CaseDetails d = cases.details(c.id());
        ItemDocument pinned = catalog.version(d.itemVersionId()).orElseThrow().document();
        int standards = pinned.materials().stream().mapToInt(m -> m.intakeStandards().size()).sum();
        assertThat(d.intakeChecklist()).hasSize(standards);
        assertThat(d.intakeChecklist()).extracting(CheckItem::pointText)
                .containsExactlyElementsOf(pinned.materials().stream().flatMap(m -> m.intakeStandards().stream())
                        .toList());
        // materials the applicant's answers do not call for start as not applicable, the rest open
        var answers = Applications.firstOptions(pinned);
        for (CheckItem line : d.intakeChecklist()) {
            boolean applies = pinned.material(line.materialCode()).appliesTo(answers);
            assertThat(line.verdict()).isEqualTo(applies ? Verdict.OPEN : Verdict.NOT_APPLICABLE);
        }
    }

    @Test
    void oneCorrectionNoticeListsEveryFlaggedMaterialAndTheSecondRoundOnlyConcernsWhatChanged() throws IOException {
        CaseSummary c = submitted("SCJG-001");
        SignIn.as(users, "clerk.cangshan");
        CheckItem m01 = firstOpen(c.id(), "M01");
        intake.recordVerdict(c.id(), m01.id(), m01.version(), Verdict.NEEDS_CORRECTION, "申请书未经全体股东签署");
        CheckItem m02 = firstOpen(c.id(), "M02");
        assertThatThrownBy(() -> intake.recordVerdict(c.id(), m02.id(), m02.version(), Verdict.NEEDS_CORRECTION, " "))
                .as("a correction needs its reason").isInstanceOf(InvalidInputException.class);
        intake.recordVerdict(c.id(), m02.id(), m02.version(), Verdict.MISSING, null);
        assertThatThrownBy(() -> intake.requestCorrection(c.id(), cases.get(c.id()).version()))
                .as("every line is decided before the one notice").isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("case.error.lines-open"));
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        CaseSummary waiting = intake.requestCorrection(c.id(), cases.get(c.id()).version());
        assertThat(waiting.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);

        CaseDetails d = cases.details(c.id());
        assertThat(d.corrections()).extracting(FlaggedMaterial::materialCode).containsExactly("M01", "M02");
        assertThat(d.corrections().get(0).reason()).isEqualTo("申请书未经全体股东签署");
        assertThat(d.corrections().get(0).rule()).isEqualTo(m01.pointText());
        assertThat(d.notices()).filteredOn(n -> n.kind() == NoticeKind.CORRECTION).hasSize(1);
        String text = noticeText(c.id(), NoticeKind.CORRECTION).replaceAll("\\s+", "");
        assertThat(text).contains(c.caseNumber(), "补正告知书", "申请书未经全体股东签署", m02.materialName().replaceAll("\\s+", ""));

        SignIn.as(users, "zhangwei");
        assertThatThrownBy(() -> filing.resubmit(c.id(), waiting.version()))
                .as("both flagged materials must be replaced").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filing.addFile(c.id(), "M04", "x.pdf", pdf(), -1))
                .as("materials not flagged stay as they are").isInstanceOf(InvalidInputException.class);
        filing.addFile(c.id(), "M01", "M01-signed.pdf", pdf(), -1);
        filing.addFile(c.id(), "M02", "M02.pdf", pdf(), -1);
        CaseSummary again = filing.resubmit(c.id(), waiting.version());
        assertThat(again.status()).isEqualTo(CaseStatus.RECEIVED);
        List<MaterialFile> m01Files = cases.details(c.id()).files().stream()
                .filter(f -> f.materialCode().equals("M01")).toList();
        assertThat(m01Files).as("the earlier version is kept, marked replaced").hasSize(2);
        assertThat(m01Files.get(0).current()).isFalse();
        assertThat(m01Files.get(1).current()).isTrue();

        SignIn.as(users, "clerk.cangshan");
        List<CheckItem> round2 = cases.details(c.id()).intakeChecklist();
        assertThat(round2).filteredOn(l -> l.verdict() == Verdict.OPEN).extracting(CheckItem::materialCode)
                .containsOnly("M01", "M02");
        CheckItem frozen = round2.stream().filter(l -> !l.editable()).findFirst().orElseThrow();
        assertThatThrownBy(() -> intake.recordVerdict(c.id(), frozen.id(), frozen.version(),
                Verdict.NEEDS_CORRECTION, "再挑一个问题")).as("round two only concerns what changed")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("case.error.line-frozen"));
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        CaseSummary transferred = intake.accept(c.id(), cases.get(c.id()).version(), null);
        assertThat(transferred.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(cases.details(c.id()).notices()).extracting(IssuedNotice::kind).contains(NoticeKind.RECEIPT,
                NoticeKind.CORRECTION, NoticeKind.ACCEPTANCE, NoticeKind.TRANSFER_SLIP);
        String slip = noticeText(c.id(), NoticeKind.TRANSFER_SLIP);
        assertThat(slip).contains(c.caseNumber(), "转办单", "福州市鼓楼区市场监督管理局");
    }

    @Test
    void acceptanceWithDeferredMaterialsTracksWhatIsOwedUntilItArrives() {
        SignIn.as(users, "zhangwei");
        ItemDocument guide = catalog.current("GA-001").orElseThrow().document();
        String deferrable = guide.materials().stream().filter(ApplicationContent::deferrable).findFirst().orElseThrow()
                .code();
        CaseSummary c = new Applications(filing, catalog).submitted("GA-001", "W350104", "350102");
        SignIn.as(users, "clerk.cangshan");
        for (CheckItem line : cases.details(c.id()).intakeChecklist()) {
            if (line.verdict() == Verdict.OPEN) {
                intake.recordVerdict(c.id(), line.id(), line.version(),
                        line.materialCode().equals(deferrable) ? Verdict.MISSING : Verdict.CONFORMS, null);
            }
        }
        int version = cases.get(c.id()).version();
        assertThatThrownBy(() -> intake.accept(c.id(), version, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> intake.acceptWithDeferral(c.id(), version, null, LocalDate.now().plusDays(10), false))
                .as("the written commitment is required").isInstanceOf(InvalidInputException.class);
        CaseSummary accepted = intake.acceptWithDeferral(c.id(), version, "容缺受理", LocalDate.now().plusDays(10), true);
        assertThat(accepted.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(cases.details(c.id()).particulars().deferredMaterials()).isEqualTo(deferrable);

        SignIn.as(users, "zhangwei");
        filing.addFile(c.id(), deferrable, "later.pdf", pdf(), -1);
        assertThat(cases.details(c.id()).particulars().deferredMaterials()).as("supplied").isNull();
    }

    @Test
    void aCaseWithoutDecisionForFiveWorkingDaysAcrossNationalDayIsDeemedAcceptedOnItsReceiptDay() {
        SignIn.as(users, "zhangwei");
        long draft = new Applications(filing, catalog).completeDraft("SCJG-001", "W350104", "350102");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        clock.set(ZonedDateTime.of(2026, 9, 29, 10, 0, 0, 0, shanghai));
        CaseSummary c = filing.submit(draft, UUID.randomUUID().toString(), true, false);
        // 30 Sep, 8, 9 Oct, Saturday 10 Oct (adjusted working day), Monday 12 Oct: 1 to 7 Oct are holidays
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
        clock.set(ZonedDateTime.of(2026, 10, 12, 23, 0, 0, 0, shanghai));
        fiveDayRule.checkNow();
        assertThat(cases.page(c.id()).history()).extracting(CaseHistoryLine::action).doesNotContain(CaseAction.DEEMED_ACCEPTED);
        clock.set(ZonedDateTime.of(2026, 10, 13, 0, 5, 0, 0, shanghai));
        fiveDayRule.checkNow();
        SignIn.as(users, "clerk.cangshan");
        assertThat(cases.details(c.id()).particulars().deemedAcceptedOn()).isEqualTo(LocalDate.of(2026, 9, 29));
        var deemed = cases.windowQueue(new QueueFilter(null, null, null, false, false, true, null),
                org.springframework.data.domain.PageRequest.of(0, 100)).getContent();
        assertThat(deemed).extracting(CaseSummary::id).contains(c.id());
        assertThat(deemed).allSatisfy(s -> assertThat(s.receivingWindowCode()).isEqualTo("W350104"));
    }

    @Test
    void aSpecialStepStopsTheDecisionClockAndItRestartsWhereItStopped() {
        CaseSummary c = submitted("SCJG-001");
        SignIn.as(users, "clerk.cangshan");
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        clock.set(ZonedDateTime.of(2026, 9, 29, 9, 0, 0, 0, shanghai));
        CaseSummary transferred = intake.accept(c.id(), cases.get(c.id()).version(), null);
        SignIn.as(users, "officer.gulou");
        CaseSummary signed = review.signFor(c.id(), transferred.version());
        LocalDate due = signed.dueDate();
        assertThatThrownBy(() -> review.suspend(c.id(), signed.version(), SpecialStepKind.SITE_INSPECTION, ""))
                .isInstanceOf(InvalidInputException.class);
        CaseSummary suspended = review.suspend(c.id(), signed.version(), SpecialStepKind.SITE_INSPECTION, "核查经营场所");
        // stopped on 29 Sep, resumed on 9 Oct: 30 Sep and 8 Oct are working days (1–7 Oct holidays)
        clock.set(ZonedDateTime.of(2026, 10, 9, 9, 0, 0, 0, shanghai));
        CaseSummary resumed = review.resume(c.id(), suspended.version());
        assertThat(resumed.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        // the clock did not run on 30 Sep, 8 Oct and 9 Oct (the day the step ended): the due date moves by 3
        assertThat(resumed.dueDate()).isEqualTo(workingDays.addWorkingDays(due, 3));
        SignIn.as(users, "clerk.cangshan");
        assertThat(cases.page(c.id()).history()).extracting(CaseHistoryLine::detail).contains("现场核查：核查经营场所");
    }

    @Test
    void concurrentDecisionsOnTheSameCaseOneWinsTheOtherIsToldNothingIsOverwritten() throws Exception {
        CaseSummary c = submitted("SCJG-001");
        SignIn.as(users, "clerk.cangshan");
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        int version = cases.get(c.id()).version();
        PortalUser clerk = (PortalUser) users.loadUserByUsername("clerk.cangshan");
        Callable<String> accept = () -> SignIn.call(clerk,
                () -> intake.accept(c.id(), version, null).status().name());
        Callable<String> refuse = () -> SignIn.call(clerk,
                () -> intake.refuse(c.id(), version, "不属于受理范围", "《行政许可法》第三十二条").status().name());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = pool.invokeAll(List.of(accept, refuse));
            int won = 0;
            int told = 0;
            for (Future<String> f : outcomes) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(CaseConflictException.class);
                    told++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(told).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        CaseStatus now = cases.get(c.id()).status();
        assertThat(now).isIn(CaseStatus.TRANSFERRED, CaseStatus.REFUSED);
        assertThat(cases.page(c.id()).history()).filteredOn(l -> l.action() == CaseAction.ACCEPTED
                || l.action() == CaseAction.REFUSED).hasSize(1);
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream(Applications.pdf());
    }
}
