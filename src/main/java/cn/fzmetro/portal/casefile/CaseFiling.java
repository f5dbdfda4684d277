package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseResubmitted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseSubmitted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseWithdrawn;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.PublishedItem;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * The applicant's steps: start a draft pinned to the item version in force, choose where to
 * hand in and which district decides, submit (idempotently), resubmit after a correction,
 * withdraw before acceptance.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class CaseFiling {

    /** Art. 32 of the Administrative Licensing Law: correction notice or acceptance within 5 days. */
    static final int INTAKE_LIMIT_WORKING_DAYS = 5;

    private final CaseFileRepository cases;
    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CatalogQuery catalog;
    private final AreaQuery area;
    private final Deadlines deadlines;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseFiling(CaseFileRepository cases, CaseSteps steps, CaseNumbers numbers, CatalogQuery catalog, AreaQuery area,
            Deadlines deadlines, CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.numbers = numbers;
        this.catalog = catalog;
        this.area = area;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new draft for an item that takes applications, pinned to its version in force. */
    @Transactional
    public long startDraft(String itemCode) {
        PublishedItem item = catalog.current(itemCode)
                .orElseThrow(() -> new InvalidInputException("case.item", "case.error.item-unknown", itemCode));
        if (item.item().status() != ItemStatus.ACTIVE) {
            throw new InvalidInputException("case.item", "case.error.item-not-accepting",
                    item.item().statusReason() == null ? "" : item.item().statusReason());
        }
        PortalUser applicant = currentUser.require();
        CaseFile draft = new CaseFile(itemCode, item.document().name(), item.version().id(), applicant.id(),
                applicant.displayName(), null, clock.instant());
        return cases.save(draft).id();
    }

    /** Where the case is handed in (a 通办 window) and which district's authority decides. */
    @Transactional
    public void route(long caseId, String windowCode, String competentRegionCode) {
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        WindowInfo window = area.window(windowCode).filter(WindowInfo::openForCases)
                .orElseThrow(() -> new InvalidInputException("case.window", "case.error.window-unknown"));
        RegionInfo region = area.region(competentRegionCode).filter(r -> r.level() == RegionInfo.Level.DISTRICT)
                .orElseThrow(() -> new InvalidInputException("case.competent-region", "case.error.region-unknown"));
        c.route(window.code(), region.code(), null, clock.instant());
    }

    /**
     * Submits a draft: mints the case number (intake region + date + sequence) and starts the
     * five-working-day intake clock. The same submission key again returns the same case, so a
     * double click or a retry after a network error creates one case.
     */
    @Transactional
    public CaseSummary submit(long caseId, String submissionKey) {
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 64) {
            throw new InvalidInputException("case.submission-key", "validation.required");
        }
        Optional<CaseFile> earlier = cases.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            CaseFile c = earlier.get();
            if (!CaseScope.isApplicantOf(currentUser.require(), c)) {
                throw new CaseNotFoundException(caseId);
            }
            return c.summary();
        }
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        if (c.receivingWindowCode() == null || c.competentRegionCode() == null) {
            throw new InvalidInputException("case.window", "case.error.not-routed");
        }
        WindowInfo window = area.window(c.receivingWindowCode()).orElseThrow();
        LocalDate today = deadlines.today();
        String number = numbers.mint(window.regionCode(), today);
        LocalDate intakeDue = intakeDue();
        return steps.step(caseId, c.lockVersion(), CaseScope::isApplicantOf, Role.APPLICANT, CaseAction.SUBMITTED,
                window.name(), f -> f.submit(number, submissionKey, intakeDue, clock.instant()),
                f -> new CaseSubmitted(f.id(), f.caseNumber(), f.status(), clock.instant(), f.receivingWindowCode()))
                .summary();
    }

    private LocalDate intakeDue() {
        return deadlines.dueDate(deadlines.today(), INTAKE_LIMIT_WORKING_DAYS, List.of());
    }

    /** Back to the same clerk's queue after the applicant supplied what the notice asked for. */
    @Transactional
    public CaseSummary resubmit(long caseId, int expectedVersion) {
        return steps.step(caseId, expectedVersion, CaseScope::isApplicantOf, Role.APPLICANT, CaseAction.RESUBMITTED,
                null, f -> f.resubmit(intakeDue(), clock.instant()),
                f -> new CaseResubmitted(f.id(), f.caseNumber(), f.status(), clock.instant(), f.correctionRound()))
                .summary();
    }

    /** Withdraws a case no clerk has accepted yet. */
    @Transactional
    public CaseSummary withdraw(long caseId, int expectedVersion) {
        return steps.step(caseId, expectedVersion, CaseScope::isApplicantOf, Role.APPLICANT, CaseAction.WITHDRAWN,
                null, f -> f.withdraw(clock.instant()),
                f -> new CaseWithdrawn(f.id(), f.caseNumber(), f.status(), clock.instant())).summary();
    }
}
