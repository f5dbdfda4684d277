package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseAccepted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseRefused;
import cn.fzmetro.portal.casefile.CaseEvents.CaseTransferred;
import cn.fzmetro.portal.casefile.CaseEvents.CorrectionRequested;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.PublishedItem;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * The window clerk's decisions on a received case: one-time correction notice, refusal, or
 * acceptance, after which the case goes the same instant to the competent authority of the
 * applicant's district (转办). Only the clerks of the receiving window may act.
 */
@Service
@PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
public class CaseIntake {

    private final CaseSteps steps;
    private final CatalogQuery catalog;
    private final AreaQuery area;
    private final Deadlines deadlines;
    private final Clock clock;

    CaseIntake(CaseSteps steps, CatalogQuery catalog, AreaQuery area, Deadlines deadlines, Clock clock) {
        this.steps = steps;
        this.catalog = catalog;
        this.area = area;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The one correction notice of this round: the case waits for the applicant. */
    @Transactional
    public CaseSummary requestCorrection(long caseId, int expectedVersion, String summary) {
        CaseSteps.requireText(summary, "case.correction-summary");
        return steps.step(caseId, expectedVersion, CaseScope::isClerkOf, Role.CLERK, CaseAction.CORRECTION_REQUESTED,
                summary.trim(), c -> c.requestCorrection(clock.instant()),
                c -> new CorrectionRequested(c.id(), c.caseNumber(), c.status(), clock.instant(), c.correctionRound()))
                .summary();
    }

    /** 不予受理: the reason and its legal basis are both required; the notice states appeal rights. */
    @Transactional
    public CaseSummary refuse(long caseId, int expectedVersion, String reason, String legalBasis) {
        CaseSteps.requireText(reason, "case.refusal-reason");
        CaseSteps.requireText(legalBasis, "case.refusal-basis");
        String detail = reason.trim() + "（依据：" + legalBasis.trim() + "）";
        return steps.step(caseId, expectedVersion, CaseScope::isClerkOf, Role.CLERK, CaseAction.REFUSED, detail,
                c -> c.refuse(detail, clock.instant()),
                c -> new CaseRefused(c.id(), c.caseNumber(), c.status(), clock.instant(), detail)).summary();
    }

    /**
     * 受理, then the same-day transfer to the competent authority (the applicant's district, the
     * item's department type). The decision clock starts from acceptance with the promised limit
     * of the version the case pinned.
     */
    @Transactional
    public CaseSummary accept(long caseId, int expectedVersion, String note) {
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        PublishedItem item = catalog.version(c.itemVersionId()).orElseThrow();
        AuthorityInfo authority = area.competentAuthority(item.document().department(), c.competentRegionCode())
                .filter(AuthorityInfo::openForCases)
                .orElseThrow(() -> new InvalidInputException("case.competent-region", "case.error.no-authority"));
        LocalDate decisionDue = deadlines.dueDate(deadlines.today(), item.document().timeLimits().promised(), List.of());
        steps.step(caseId, expectedVersion, CaseScope::isClerkOf, Role.CLERK, CaseAction.ACCEPTED, blankToNull(note),
                f -> f.accept(decisionDue, clock.instant()),
                f -> new CaseAccepted(f.id(), f.caseNumber(), f.status(), clock.instant(), false));
        return steps.step(caseId, expectedVersion + 1, CaseScope::isClerkOf, Role.CLERK, CaseAction.TRANSFERRED,
                authority.name(), f -> f.transferTo(authority.code(), clock.instant()),
                f -> new CaseTransferred(f.id(), f.caseNumber(), f.status(), clock.instant(), authority.code()))
                .summary();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
