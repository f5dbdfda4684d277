package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseClosed;
import cn.fzmetro.portal.casefile.CaseEvents.CaseDecided;
import cn.fzmetro.portal.casefile.CaseEvents.CaseReturned;
import cn.fzmetro.portal.casefile.CaseEvents.CaseSignedFor;
import cn.fzmetro.portal.casefile.CaseEvents.ReviewResumed;
import cn.fzmetro.portal.casefile.CaseEvents.ReviewSuspended;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.clock.WorkingDays;

/**
 * The competent authority's steps on a transferred case: sign for it or return it as not
 * competent, review it against the item's review points, special steps that stop the clock,
 * decide with the decision notice, deliver and close. Only officers of the authority the case was
 * transferred to may act.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class CaseReview {

    private final CaseSteps steps;
    private final Checklists checklists;
    private final ApplicationContent content;
    private final CaseNotices notices;
    private final CatalogQuery catalog;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseReview(CaseSteps steps, Checklists checklists, ApplicationContent content, CaseNotices notices,
            CatalogQuery catalog, Deadlines deadlines, WorkingDays workingDays, CurrentUser currentUser, Clock clock) {
        this.steps = steps;
        this.checklists = checklists;
        this.content = content;
        this.notices = notices;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** 签收: the authority takes the case; its review checklist is generated from the pinned version. */
    @Transactional
    public CaseSummary signFor(long caseId, int expectedVersion) {
        CaseFile c = steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.SIGNED_FOR,
                null, f -> f.signFor(clock.instant()),
                f -> new CaseSignedFor(f.id(), f.caseNumber(), f.status(), clock.instant()));
        checklists.generate(caseId, ChecklistStage.REVIEW, guide(c), content.read(c.situationAnswers()));
        return c.summary();
    }

    /** Not competent: back to the receiving window, which re-routes; a reason is required. */
    @Transactional
    public CaseSummary returnNotCompetent(long caseId, int expectedVersion, String reason) {
        CaseSteps.requireText(reason, "case.return-reason");
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.RETURNED,
                reason.trim(), c -> c.returnNotCompetent(reason.trim(), clock.instant()),
                c -> new CaseReturned(c.id(), c.caseNumber(), c.status(), clock.instant(), reason.trim())).summary();
    }

    /** A verdict on one review point (符合 / 不符合 with a reason / 不适用) while the case is under review. */
    @Transactional
    public CheckItem recordVerdict(long caseId, long lineId, int lineVersion, Verdict verdict, String reason) {
        CaseFile c = steps.load(caseId, CaseScope::isOfficerOf);
        if (c.status() != CaseStatus.UNDER_REVIEW) {
            throw new CaseStateException(c.status(), CaseAction.VERDICT_RECORDED);
        }
        ChecklistLine line = checklists.decide(c, ChecklistStage.REVIEW, lineId, lineVersion, verdict, reason,
                currentUser.require());
        steps.record(c, Role.OFFICER, CaseAction.VERDICT_RECORDED, c.status(), CaseIntake.verdictNote(line));
        return line.view();
    }

    /** A special step (现场核查, 听证, 检测, 专家评审) stops the decision clock; the reason is required. */
    @Transactional
    public CaseSummary suspend(long caseId, int expectedVersion, SpecialStepKind kind, String reason) {
        if (kind == null) {
            throw new InvalidInputException("case.special-step", "validation.required");
        }
        CaseSteps.requireText(reason, "case.suspend-reason");
        String detail = kind.recordName() + "：" + reason.trim();
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.SUSPENDED,
                detail, c -> c.suspend(detail, clock.instant()),
                c -> new ReviewSuspended(c.id(), c.caseNumber(), c.status(), clock.instant(), detail)).summary();
    }

    /** The clock runs again; both due dates move by the working days the special step took. */
    @Transactional
    public CaseSummary resume(long caseId, int expectedVersion) {
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.RESUMED, null,
                c -> {
                    // the suspension was the case's last change, so its time is when the clock stopped
                    int stopped = workingDays.workingDaysBetween(Deadlines.localDate(c.updatedAt()),
                            deadlines.today());
                    c.resume(shift(c.dueDate(), stopped), shift(c.statutoryDue(), stopped), clock.instant());
                },
                c -> new ReviewResumed(c.id(), c.caseNumber(), c.status(), clock.instant())).summary();
    }

    private LocalDate shift(LocalDate due, int workingDaysStopped) {
        return due == null ? null : workingDays.addWorkingDays(due, workingDaysStopped);
    }

    /**
     * 准予 or 不予许可, with reasons either way, after every review point is decided; approval
     * needs every point met. Issues the decision notice (a denial states reasons, basis and appeal
     * rights).
     */
    @Transactional
    public CaseSummary decide(long caseId, int expectedVersion, boolean approved, String reasons) {
        CaseSteps.requireText(reasons, "case.decision-reasons");
        List<ChecklistLine> lines = checklists.of(caseId, ChecklistStage.REVIEW);
        List<ChecklistLine> open = Checklists.open(lines);
        if (!open.isEmpty()) {
            throw new InvalidInputException("case.checklist", "case.error.lines-open", open.size());
        }
        if (approved && lines.stream().anyMatch(l -> l.verdict() == Verdict.NOT_MET)) {
            throw new InvalidInputException("case.checklist", "case.error.points-not-met");
        }
        CaseFile c = steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER,
                approved ? CaseAction.APPROVED : CaseAction.DENIED, reasons.trim(),
                f -> f.decide(approved, reasons.trim(), clock.instant()),
                f -> new CaseDecided(f.id(), f.caseNumber(), f.status(), clock.instant(), approved));
        notices.decision(c, guide(c), approved, reasons.trim());
        return c.summary();
    }

    /** The result was delivered (window pick-up, post with tracking number, or electronic): 办结. */
    @Transactional
    public CaseSummary close(long caseId, int expectedVersion, DeliveryMethod method, String trackingNumber) {
        if (method == null) {
            throw new InvalidInputException("case.delivery", "validation.required");
        }
        String tracking = trackingNumber == null || trackingNumber.isBlank() ? null : trackingNumber.trim();
        if (method == DeliveryMethod.POST && tracking == null) {
            throw new InvalidInputException("case.tracking-number", "case.error.tracking-required");
        }
        String detail = method.recordName() + (tracking == null ? "" : "，邮件号 " + tracking);
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.CLOSED, detail,
                c -> c.close(method, tracking, clock.instant()),
                c -> new CaseClosed(c.id(), c.caseNumber(), c.status(), clock.instant())).summary();
    }

    private ItemDocument guide(CaseFile c) {
        return catalog.guide(c.itemVersionId()).orElseThrow();
    }
}
