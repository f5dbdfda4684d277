package cn.fzmetro.portal.casefile;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.account.AccountDirectory;
import cn.fzmetro.portal.account.AccountDirectory.StaffMember;
import cn.fzmetro.portal.account.IdentityNumbers;
import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseAccepted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseRefused;
import cn.fzmetro.portal.casefile.CaseEvents.CaseTransferred;
import cn.fzmetro.portal.casefile.CaseEvents.CorrectionRequested;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.PublishedItem;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * The window clerk's work on cases handed in at their window: claim, check every intake standard
 * of the pinned version, then one of the three decisions — one correction notice listing every
 * flagged material at once, refusal with reason and legal basis, or acceptance (also 容缺受理),
 * after which the case goes the same instant to the competent authority of the applicant's
 * district (转办) with a transfer slip. Also the counter: filing a case for a walk-in applicant.
 * Only the clerks of the receiving window may act.
 */
@Service
@PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
public class CaseIntake {

    private final CaseFileRepository cases;
    private final CaseSteps steps;
    private final CaseReception reception;
    private final CaseMaterials materials;
    private final Checklists checklists;
    private final CorrectionItemRepository corrections;
    private final CaseNotices notices;
    private final CatalogQuery catalog;
    private final AreaQuery area;
    private final AccountDirectory accounts;
    private final Deadlines deadlines;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseIntake(CaseFileRepository cases, CaseSteps steps, CaseReception reception, CaseMaterials materials,
            Checklists checklists, CorrectionItemRepository corrections, CaseNotices notices, CatalogQuery catalog,
            AreaQuery area, AccountDirectory accounts, Deadlines deadlines, CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.reception = reception;
        this.materials = materials;
        this.checklists = checklists;
        this.corrections = corrections;
        this.notices = notices;
        this.catalog = catalog;
        this.area = area;
        this.accounts = accounts;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The clerk takes the case on; refused if a colleague holds it (they must release or be overruled). */
    @Transactional
    public CaseSummary claim(long caseId, int expectedVersion) {
        PortalUser me = currentUser.require();
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        if (c.assignedClerkId() != null && c.assignedClerkId() != me.id()) {
            throw new InvalidInputException("case.assignee", "case.error.claimed-by-other",
                    c.particulars().assignedClerkName());
        }
        return work(caseId, expectedVersion, CaseAction.CLAIMED, null, f -> f.assignTo(me.id(), me.displayName(),
                clock.instant()));
    }

    /** Gives the case back to the window's pool. A supervisor may release anyone's case. */
    @Transactional
    public CaseSummary release(long caseId, int expectedVersion) {
        PortalUser me = currentUser.require();
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        if (c.assignedClerkId() != null && c.assignedClerkId() != me.id() && !me.hasRole(Role.SUPERVISOR)) {
            throw new InvalidInputException("case.assignee", "case.error.claimed-by-other",
                    c.particulars().assignedClerkName());
        }
        return work(caseId, expectedVersion, CaseAction.RELEASED, null, f -> f.assignTo(null, null, clock.instant()));
    }

    /** A supervisor (or the clerk holding it) hands the case to another clerk of the same window. */
    @Transactional
    public CaseSummary reassign(long caseId, int expectedVersion, long staffId) {
        PortalUser me = currentUser.require();
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        boolean holder = c.assignedClerkId() != null && c.assignedClerkId() == me.id();
        if (!holder && !me.hasRole(Role.SUPERVISOR)) {
            throw new InvalidInputException("case.assignee", "case.error.reassign-not-allowed");
        }
        StaffMember to = accounts.staffOf(c.receivingWindowCode()).stream().filter(s -> s.id() == staffId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("case.assignee", "case.error.staff-unknown"));
        return work(caseId, expectedVersion, CaseAction.REASSIGNED, to.displayName(),
                f -> f.assignTo(to.id(), to.displayName(), clock.instant()));
    }

    /** Colleagues of the clerk's window who may take a case over. */
    @Transactional(readOnly = true)
    public List<StaffMember> colleagues() {
        return accounts.staffOf(currentUser.require().windowCode());
    }

    /** The identity check at the counter (ID card reader, face check, …) is recorded with who did it. */
    @Transactional
    public CaseSummary verifyIdentity(long caseId, int expectedVersion, String method) {
        CaseSteps.requireText(method, "case.identity-method");
        String by = currentUser.require().displayName();
        return work(caseId, expectedVersion, CaseAction.IDENTITY_VERIFIED, method.trim(),
                f -> f.verifyIdentity(by, method.trim(), clock.instant()));
    }

    /**
     * A verdict on one line of the intake checklist (符合 / 需补正 with a reason / 缺失 / 不适用).
     * The case must be waiting for intake; an unclaimed case is claimed by the clerk who starts
     * checking it, a case a colleague holds is refused.
     */
    @Transactional
    public CheckItem recordVerdict(long caseId, long lineId, int lineVersion, Verdict verdict, String reason) {
        PortalUser me = currentUser.require();
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        if (c.status() != CaseStatus.RECEIVED) {
            throw new CaseStateException(c.status(), CaseAction.VERDICT_RECORDED);
        }
        if (c.assignedClerkId() != null && c.assignedClerkId() != me.id()) {
            throw new InvalidInputException("case.assignee", "case.error.claimed-by-other",
                    c.particulars().assignedClerkName());
        }
        if (c.assignedClerkId() == null) {
            c.assignTo(me.id(), me.displayName(), clock.instant());
            steps.record(c, Role.CLERK, CaseAction.CLAIMED, c.status(), null);
        }
        ChecklistLine line = checklists.decide(c, ChecklistStage.INTAKE, lineId, lineVersion, verdict, reason, me);
        steps.record(c, Role.CLERK, CaseAction.VERDICT_RECORDED, c.status(), verdictNote(line));
        return line.view();
    }

    static String verdictNote(ChecklistLine line) {
        return line.materialCode() + " " + line.materialName() + "｜" + line.pointText() + "｜" + line.verdict().name()
                + (line.reason() == null ? "" : "｜" + line.reason());
    }

    /**
     * 一次性告知: one correction notice listing every flagged material with its reasons and the
     * standards it breaks. Every open line must be decided first, so nothing is left for a later
     * notice; the intake clock stops until the applicant resubmits.
     */
    @Transactional
    public CaseSummary requestCorrection(long caseId, int expectedVersion) {
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        List<ChecklistLine> lines = checklists.of(caseId, ChecklistStage.INTAKE);
        requireAllDecided(lines);
        Map<String, List<ChecklistLine>> flagged = lines.stream().filter(l -> l.verdict().flagged())
                .collect(Collectors.groupingBy(ChecklistLine::materialCode, LinkedHashMap::new, Collectors.toList()));
        if (flagged.isEmpty()) {
            throw new InvalidInputException("case.checklist", "case.error.nothing-flagged");
        }
        String summary = flagged.values().stream().map(l -> l.get(0).materialName()).collect(Collectors.joining("、"));
        CaseFile after = steps.step(caseId, expectedVersion, CaseScope::isClerkOf, Role.CLERK,
                CaseAction.CORRECTION_REQUESTED, summary, f -> f.requestCorrection(clock.instant()),
                f -> new CorrectionRequested(f.id(), f.caseNumber(), f.status(), clock.instant(), f.correctionRound()));
        List<CorrectionItem> items = new ArrayList<>();
        flagged.forEach((code, group) -> items.add(corrections.save(new CorrectionItem(caseId,
                after.correctionRound(), code, group.get(0).materialName(),
                group.stream().map(CaseIntake::problemOf).distinct().collect(Collectors.joining("；")),
                group.stream().map(ChecklistLine::pointText).collect(Collectors.joining("；"))))));
        notices.correction(after, guide(after), items);
        return after.summary();
    }

    private static String problemOf(ChecklistLine line) {
        return line.verdict() == Verdict.MISSING ? (line.reason() == null ? "未提交该材料" : "未提交：" + line.reason())
                : line.reason();
    }

    /** 不予受理: the reason and its legal basis are both required; the notice states appeal rights. */
    @Transactional
    public CaseSummary refuse(long caseId, int expectedVersion, String reason, String legalBasis) {
        CaseSteps.requireText(reason, "case.refusal-reason");
        CaseSteps.requireText(legalBasis, "case.refusal-basis");
        String detail = reason.trim() + "（依据：" + legalBasis.trim() + "）";
        CaseFile c = steps.step(caseId, expectedVersion, CaseScope::isClerkOf, Role.CLERK, CaseAction.REFUSED, detail,
                f -> f.refuse(detail, clock.instant()),
                f -> new CaseRefused(f.id(), f.caseNumber(), f.status(), clock.instant(), detail));
        notices.refusal(c, guide(c), reason.trim(), legalBasis.trim());
        return c.summary();
    }

    /**
     * 受理, allowed only when every line of the intake checklist is decided and none is flagged;
     * then the same-day transfer to the competent authority. Issues the 受理通知书 and the 转办单.
     */
    @Transactional
    public CaseSummary accept(long caseId, int expectedVersion, String note) {
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        List<ChecklistLine> lines = checklists.of(caseId, ChecklistStage.INTAKE);
        requireAllDecided(lines);
        if (lines.stream().anyMatch(l -> l.verdict().flagged())) {
            throw new InvalidInputException("case.checklist", "case.error.lines-flagged");
        }
        return acceptAndTransfer(c, expectedVersion, note, null, null);
    }

    /**
     * 容缺受理: accepted although materials the item marks as deferrable (容缺) are missing, on the
     * applicant's written commitment to supply them by {@code supplyBy}. Every other line must
     * conform; the deferred materials are tracked on the case until they arrive.
     */
    @Transactional
    public CaseSummary acceptWithDeferral(long caseId, int expectedVersion, String note, LocalDate supplyBy,
            boolean commitmentSigned) {
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        ItemDocument guide = guide(c);
        List<ChecklistLine> lines = checklists.of(caseId, ChecklistStage.INTAKE);
        requireAllDecided(lines);
        List<Problem> problems = new ArrayList<>();
        Set<String> deferred = new java.util.LinkedHashSet<>();
        for (ChecklistLine l : lines) {
            if (!l.verdict().flagged()) {
                continue;
            }
            Material m = guide.material(l.materialCode());
            if (l.verdict() == Verdict.MISSING && m != null && ApplicationContent.deferrable(m)) {
                deferred.add(m.code());
            } else {
                problems.add(new Problem("case.checklist", "case.error.not-deferrable", l.materialName()));
            }
        }
        if (deferred.isEmpty()) {
            problems.add(new Problem("case.checklist", "case.error.nothing-deferred"));
        }
        if (!commitmentSigned) {
            problems.add(new Problem("case.deferral-commitment", "case.error.deferral-commitment"));
        }
        if (supplyBy == null || !supplyBy.isAfter(deadlines.today())) {
            problems.add(new Problem("case.deferral-due", "case.error.deferral-due"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return acceptAndTransfer(c, expectedVersion, note, String.join(",", deferred), supplyBy);
    }

    private CaseSummary acceptAndTransfer(CaseFile c, int expectedVersion, String note, String deferred,
            LocalDate supplyBy) {
        ItemDocument guide = guide(c);
        AuthorityInfo authority = area.competentAuthority(guide.department(), c.competentRegionCode())
                .filter(AuthorityInfo::openForCases)
                .orElseThrow(() -> new InvalidInputException("case.competent-region", "case.error.no-authority"));
        LocalDate promised = deadlines.dueDate(deadlines.today(), guide.timeLimits().promised(), List.of());
        LocalDate statutory = deadlines.dueDate(deadlines.today(), guide.timeLimits().statutory(),
                List.of());
        String text = blankToNull(note);
        String detail = deferred == null ? text
                : "容缺受理：" + CaseNotices.materialNames(guide, deferred) + "，" + supplyBy + " 前补交"
                        + (text == null ? "" : "。" + text);
        CaseFile accepted = steps.step(c.id(), expectedVersion, CaseScope::isClerkOf, Role.CLERK, CaseAction.ACCEPTED,
                detail, f -> {
                    f.accept(promised, statutory, clock.instant());
                    if (deferred != null) {
                        f.deferMaterials(deferred, supplyBy);
                    }
                }, f -> new CaseAccepted(f.id(), f.caseNumber(), f.status(), clock.instant(), false));
        notices.acceptance(accepted, guide, authority, text);
        CaseFile transferred = steps.step(c.id(), expectedVersion + 1, CaseScope::isClerkOf, Role.CLERK,
                CaseAction.TRANSFERRED, authority.name(), f -> f.transferTo(authority.code(), clock.instant()),
                f -> new CaseTransferred(f.id(), f.caseNumber(), f.status(), clock.instant(), authority.code()));
        notices.transferSlip(transferred, guide, authority, text);
        return transferred.summary();
    }

    /** A case the authority returned as not competent goes to the district that is. */
    @Transactional
    public CaseSummary reroute(long caseId, int expectedVersion, String competentRegionCode) {
        RegionInfo region = area.region(competentRegionCode).filter(r -> r.level() == RegionInfo.Level.DISTRICT)
                .orElseThrow(() -> new InvalidInputException("case.competent-region", "case.error.region-unknown"));
        return work(caseId, expectedVersion, CaseAction.REROUTED, region.name(), f -> f.route(
                f.receivingWindowCode(), f.receivingRegionCode(), f.handedInOnline(), region.code(), null,
                clock.instant()));
    }

    // --- the counter: a case filed by the clerk for a walk-in applicant ---

    /**
     * Starts a counter case for a person standing at the window, whose identity the clerk checked
     * ({@code identityMethod}). If they have an account (same ID number or credit code), the case is
     * theirs at once; otherwise it appears in their account once they register with that number.
     */
    @Transactional
    public long startCounterCase(String itemCode, String applicantName, String idNumber, String identityMethod,
            String competentRegionCode) {
        List<Problem> problems = new ArrayList<>();
        String id = idNumber == null ? "" : idNumber.trim().toUpperCase();
        if (applicantName == null || applicantName.isBlank()) {
            problems.add(new Problem("case.applicant-name", "validation.required"));
        }
        if (!IdentityNumbers.isValidResidentId(id) && !IdentityNumbers.isValidCreditCode(id)) {
            problems.add(new Problem("case.applicant-id", "case.error.id-number"));
        }
        if (identityMethod == null || identityMethod.isBlank()) {
            problems.add(new Problem("case.identity-method", "validation.required"));
        }
        RegionInfo region = area.region(competentRegionCode == null ? "" : competentRegionCode)
                .filter(r -> r.level() == RegionInfo.Level.DISTRICT).orElse(null);
        if (region == null) {
            problems.add(new Problem("case.competent-region", "case.error.region-unknown"));
        }
        PublishedItem item = catalog.current(itemCode == null ? "" : itemCode)
                .filter(i -> i.item().status() == ItemStatus.ACTIVE).orElse(null);
        if (item == null) {
            problems.add(new Problem("case.item", "case.error.item-unknown", itemCode));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PortalUser clerk = currentUser.require();
        Long applicant = accounts.applicantWithIdNumber(id).orElse(null);
        CaseFile c = new CaseFile(item.item().code(), item.document().name(), item.version().id(), applicant,
                applicantName.trim(), id, clock.instant());
        String windowRegion = area.window(clerk.windowCode()).map(w -> w.regionCode()).orElseThrow();
        c.fileAtCounter(clerk.windowCode(), windowRegion, region.code(), clerk.displayName(), identityMethod.trim(),
                clock.instant());
        c = cases.save(c);
        steps.record(c, Role.CLERK, CaseAction.FILED_AT_COUNTER, c.status(), identityMethod.trim());
        return c.id();
    }

    /** Answers and form values of a counter case, as the applicant tells them. */
    @Transactional
    public void saveCounterDraft(long caseId, Map<String, String> answers, Map<String, String> formValues) {
        reception.saveContent(steps.load(caseId, CaseScope::isClerkOf), answers, formValues);
    }

    /** A scanned material of a counter case, checked like any upload. */
    public MaterialFile addCounterFile(long caseId, String materialCode, String fileName, InputStream in, long size) {
        return materials.add(caseId, materialCode, fileName, in, size, CaseScope::isClerkOf);
    }

    @Transactional
    public void removeCounterFile(long caseId, long materialFileId) {
        materials.remove(steps.load(caseId, CaseScope::isClerkOf), materialFileId);
    }

    /** What the counter case still lacks before it can be received. */
    @Transactional(readOnly = true)
    public List<Problem> counterMissing(long caseId) {
        return reception.missing(steps.load(caseId, CaseScope::isClerkOf));
    }

    /**
     * Receives the counter case: the applicant signed the paper declaration (and the commitment if
     * chosen); the number is minted and the receipt issued, as for an online submission.
     */
    @Transactional
    public CaseSummary receiveAtCounter(long caseId, String submissionKey, boolean declarationSigned,
            boolean commitment) {
        if (submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 64) {
            throw new InvalidInputException("case.submission-key", "validation.required");
        }
        var earlier = cases.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            CaseFile c = earlier.get();
            if (!CaseScope.isClerkOf(currentUser.require(), c)) {
                throw new CaseNotFoundException(caseId);
            }
            return c.summary();
        }
        CaseFile c = steps.load(caseId, CaseScope::isClerkOf);
        return reception.receive(c, submissionKey, declarationSigned, commitment, Role.CLERK, CaseScope::isClerkOf)
                .summary();
    }

    private CaseSummary work(long caseId, int expectedVersion, CaseAction action, String detail,
            java.util.function.Consumer<CaseFile> change) {
        return steps.step(caseId, expectedVersion, CaseScope::isClerkOf, Role.CLERK, action, detail, change,
                f -> null).summary();
    }

    private static void requireAllDecided(List<ChecklistLine> lines) {
        List<ChecklistLine> open = Checklists.open(lines);
        if (!open.isEmpty()) {
            throw new InvalidInputException("case.checklist", "case.error.lines-open", open.size());
        }
    }

    private ItemDocument guide(CaseFile c) {
        return catalog.guide(c.itemVersionId()).orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
