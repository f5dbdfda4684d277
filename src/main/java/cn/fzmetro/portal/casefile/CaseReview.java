package cn.fzmetro.portal.casefile;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseClosed;
import cn.fzmetro.portal.casefile.CaseEvents.CaseDecided;
import cn.fzmetro.portal.casefile.CaseEvents.CaseReturned;
import cn.fzmetro.portal.casefile.CaseEvents.CaseSignedFor;
import cn.fzmetro.portal.casefile.CaseEvents.ReviewResumed;
import cn.fzmetro.portal.casefile.CaseEvents.ReviewSuspended;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.clock.WorkingDays;

/**
 * The competent authority's steps on a transferred case: sign for it or return it as not
 * competent, review (special steps stop the clock), decide, deliver and close. Only officers of
 * the authority the case was transferred to may act.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class CaseReview {

    private final CaseSteps steps;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseReview(CaseSteps steps, Deadlines deadlines, WorkingDays workingDays, Clock clock) {
        this.steps = steps;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Transactional
    public CaseSummary signFor(long caseId, int expectedVersion) {
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.SIGNED_FOR, null,
                c -> c.signFor(clock.instant()),
                c -> new CaseSignedFor(c.id(), c.caseNumber(), c.status(), clock.instant())).summary();
    }

    /** Not competent: back to the receiving window, which re-routes; a reason is required. */
    @Transactional
    public CaseSummary returnNotCompetent(long caseId, int expectedVersion, String reason) {
        CaseSteps.requireText(reason, "case.return-reason");
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.RETURNED,
                reason.trim(), c -> c.returnNotCompetent(reason.trim(), clock.instant()),
                c -> new CaseReturned(c.id(), c.caseNumber(), c.status(), clock.instant(), reason.trim())).summary();
    }

    /** A special step (现场核查, 听证, 检测, 专家评审) stops the decision clock. */
    @Transactional
    public CaseSummary suspend(long caseId, int expectedVersion, String reason) {
        CaseSteps.requireText(reason, "case.suspend-reason");
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.SUSPENDED,
                reason.trim(), c -> c.suspend(reason.trim(), clock.instant()),
                c -> new ReviewSuspended(c.id(), c.caseNumber(), c.status(), clock.instant(), reason.trim()))
                .summary();
    }

    /** The clock runs again; the due date moves by the working days the step took. */
    @Transactional
    public CaseSummary resume(long caseId, int expectedVersion) {
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.RESUMED, null,
                c -> {
                    // the suspension was the case's last change, so its time is when the clock stopped
                    var summary = c.summary();
                    int stopped = workingDays.workingDaysBetween(Deadlines.localDate(summary.updatedAt()),
                            deadlines.today());
                    c.resume(summary.dueDate() == null ? null : workingDays.addWorkingDays(summary.dueDate(), stopped),
                            clock.instant());
                },
                c -> new ReviewResumed(c.id(), c.caseNumber(), c.status(), clock.instant())).summary();
    }

    /** 准予 or 不予许可; the reasons are required either way. */
    @Transactional
    public CaseSummary decide(long caseId, int expectedVersion, boolean approved, String reasons) {
        CaseSteps.requireText(reasons, "case.decision-reasons");
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER,
                approved ? CaseAction.APPROVED : CaseAction.DENIED, reasons.trim(),
                c -> c.decide(approved, reasons.trim(), clock.instant()),
                c -> new CaseDecided(c.id(), c.caseNumber(), c.status(), clock.instant(), approved)).summary();
    }

    /** The result was delivered (window pick-up, post with tracking number, or electronic): 办结. */
    @Transactional
    public CaseSummary close(long caseId, int expectedVersion, String delivery) {
        CaseSteps.requireText(delivery, "case.delivery");
        return steps.step(caseId, expectedVersion, CaseScope::isOfficerOf, Role.OFFICER, CaseAction.CLOSED,
                delivery.trim(), c -> c.close(clock.instant()),
                c -> new CaseClosed(c.id(), c.caseNumber(), c.status(), clock.instant())).summary();
    }
}
