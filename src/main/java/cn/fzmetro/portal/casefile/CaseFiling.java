package cn.fzmetro.portal.casefile;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.RegionInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseResubmitted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseWithdrawn;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.FieldChange;
import cn.fzmetro.portal.catalog.ItemStatus;
import cn.fzmetro.portal.catalog.PublishedItem;

/**
 * The applicant's steps: start a draft pinned to the item version in force, answer the situation
 * questions, fill in the item's form, hand in files per material, choose where to hand in and
 * which district decides, submit (idempotently), correct what the notice flagged and resubmit,
 * withdraw before acceptance. Everything before submission is a draft kept in the database, so it
 * can be resumed from any browser.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class CaseFiling {

    private final CaseFileRepository cases;
    private final CaseSteps steps;
    private final CaseReception reception;
    private final CatalogQuery catalog;
    private final AreaQuery area;
    private final CurrentUser currentUser;
    private final CaseMaterials materials;
    private final Checklists checklists;
    private final Clock clock;

    CaseFiling(CaseFileRepository cases, CaseSteps steps, CaseReception reception, CatalogQuery catalog,
            AreaQuery area, CurrentUser currentUser, CaseMaterials materials, Checklists checklists, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.reception = reception;
        this.catalog = catalog;
        this.area = area;
        this.currentUser = currentUser;
        this.materials = materials;
        this.checklists = checklists;
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
                applicant.displayName(), applicant.identityNumber(), clock.instant());
        return cases.save(draft).id();
    }

    /**
     * Saves the situation answers and form values of a draft. What is filled in must be valid
     * (types, lengths, options); required fields may still be empty until submission.
     */
    @Transactional
    public void saveDraft(long caseId, Map<String, String> answers, Map<String, String> formValues) {
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        reception.saveContent(c, answers, formValues);
    }

    /**
     * Where the case is handed in and which district's authority decides. {@code windowCode} null
     * means fully online (only where the item allows it): the 通办 window of the competent
     * district then receives it.
     */
    @Transactional
    public void route(long caseId, String windowCode, String competentRegionCode) {
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        RegionInfo region = area.region(competentRegionCode).filter(r -> r.level() == RegionInfo.Level.DISTRICT)
                .orElseThrow(() -> new InvalidInputException("case.competent-region", "case.error.region-unknown"));
        boolean online = windowCode == null;
        if (online && !reception.guide(c).online()) {
            throw new InvalidInputException("case.window", "case.error.not-online");
        }
        WindowInfo window = (online ? area.windows().stream().filter(w -> w.regionCode().equals(region.code()))
                .findFirst() : area.window(windowCode))
                .filter(WindowInfo::openForCases)
                .orElseThrow(() -> new InvalidInputException("case.window", "case.error.window-unknown"));
        c.route(window.code(), window.regionCode(), online, region.code(), null, clock.instant());
    }

    /**
     * Hands in one file for one material: checked from its bytes (document module), stored and
     * linked to the material. Allowed on a draft, and during a correction for the materials the
     * notice flagged (earlier files of that material are then kept as replaced), and after 容缺
     * acceptance for the deferred materials.
     */
    public MaterialFile addFile(long caseId, String materialCode, String fileName, InputStream in, long size) {
        return materials.add(caseId, materialCode, fileName, in, size, CaseScope::isApplicantOf);
    }

    /** Takes a file out of a draft, or a file added in the current correction round. */
    @Transactional
    public void removeFile(long caseId, long materialFileId) {
        materials.remove(steps.load(caseId, CaseScope::isApplicantOf), materialFileId);
    }

    /**
     * What changed in the item's guide since the draft pinned its version: empty when the draft is
     * on the version in force. The applicant must see and adopt these before submitting.
     */
    @Transactional(readOnly = true)
    public List<FieldChange> catalogChanges(long caseId) {
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        return newerVersionId(c).map(v -> catalog.changes(c.itemVersionId(), v)).orElse(List.of());
    }

    /** The applicant has read the changes: the draft moves to the version in force. */
    @Transactional
    public void adoptCurrentVersion(long caseId) {
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        newerVersionId(c).flatMap(catalog::version)
                .ifPresent(v -> c.repin(v.version().id(), v.document().name(), clock.instant()));
    }

    /** The version in force, when it is not the one the draft pinned (an id query: no guide is read). */
    private Optional<Long> newerVersionId(CaseFile c) {
        return catalog.currentVersionId(c.itemCode()).filter(v -> !v.equals(c.itemVersionId()));
    }

    /** Everything still missing before the draft can be submitted; empty when it is complete. */
    @Transactional(readOnly = true)
    public List<Problem> missing(long caseId) {
        return reception.missing(steps.load(caseId, CaseScope::isApplicantOf));
    }

    /**
     * Submits a draft after the applicant's declaration (and, where the item allows it, the 告知承诺
     * commitment): mints the case number (intake region + date + sequence), starts the
     * five-working-day intake clock, generates the intake checklist from the pinned version and
     * issues the receipt (收件凭证). The same submission key again returns the same case, so a double
     * click or a retry after a network error creates one case. Refused, listing everything missing,
     * until the draft is complete.
     */
    @Transactional
    public CaseSummary submit(long caseId, String submissionKey, boolean declared, boolean commitment) {
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
        if (newerVersionId(c).isPresent()) {
            throw new InvalidInputException("case.item", "case.error.catalog-changed");
        }
        return reception.receive(c, submissionKey, declared, commitment, Role.APPLICANT, CaseScope::isApplicantOf)
                .summary();
    }

    /**
     * Back to the same clerk's queue after the applicant replaced every material the notice
     * flagged. The intake lines of replaced materials reopen; the others keep their verdict.
     */
    @Transactional
    public CaseSummary resubmit(long caseId, int expectedVersion) {
        CaseFile c = steps.load(caseId, CaseScope::isApplicantOf);
        Set<String> replaced = materials.replacedInRound(c.id(), c.correctionRound());
        List<Problem> problems = materials.flagged(c.id(), c.correctionRound()).stream()
                .filter(f -> !replaced.contains(f.materialCode()))
                .map(f -> new Problem(ApplicationContent.MATERIALS_FIELD, "case.error.material-not-corrected",
                        f.materialName()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseSummary result = steps.step(caseId, expectedVersion, CaseScope::isApplicantOf, Role.APPLICANT,
                CaseAction.RESUBMITTED, String.join("、", replaced),
                f -> f.resubmit(reception.intakeDue(), clock.instant()),
                f -> new CaseResubmitted(f.id(), f.caseNumber(), f.status(), clock.instant(), f.correctionRound()))
                .summary();
        materials.markReplaced(caseId, c.correctionRound(), replaced);
        checklists.afterCorrection(caseId, replaced);
        return result;
    }

    /** Withdraws a case no clerk has accepted yet. */
    @Transactional
    public CaseSummary withdraw(long caseId, int expectedVersion) {
        return steps.step(caseId, expectedVersion, CaseScope::isApplicantOf, Role.APPLICANT, CaseAction.WITHDRAWN,
                null, f -> f.withdraw(clock.instant()),
                f -> new CaseWithdrawn(f.id(), f.caseNumber(), f.status(), clock.instant())).summary();
    }

}
