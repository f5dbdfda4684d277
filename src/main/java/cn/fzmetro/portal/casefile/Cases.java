package cn.fzmetro.portal.casefile;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.account.IdentityNumbers;
import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.clock.Deadlines;
import cn.fzmetro.portal.notice.IssuedNotice;
import cn.fzmetro.portal.notice.NoticeKind;
import cn.fzmetro.portal.notice.Notices;

/**
 * Scoped reading of cases. Each list is cut to what the caller may see: an applicant their own
 * cases, a clerk their window's, an officer their authority's. The scope comes from the signed-in
 * user, never from a parameter, so a caller cannot ask for someone else's cases.
 *
 * <p>The list pages run without a transaction: each is one or two plain SELECTs of a few
 * milliseconds, to which a transaction would add three round trips (autocommit off, commit,
 * autocommit on) and a persistence context.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

    private final CaseFileRepository cases;
    private final CaseHistoryRepository history;
    private final CaseSteps steps;
    private final CaseMaterials materials;
    private final Checklists checklists;
    private final CorrectionItemRepository corrections;
    private final ApplicationContent content;
    private final Notices notices;
    private final Deadlines deadlines;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    Cases(CaseFileRepository cases, CaseHistoryRepository history, CaseSteps steps, CaseMaterials materials,
            Checklists checklists, CorrectionItemRepository corrections, ApplicationContent content, Notices notices,
            Deadlines deadlines, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.cases = cases;
        this.history = history;
        this.steps = steps;
        this.materials = materials;
        this.checklists = checklists;
        this.corrections = corrections;
        this.content = content;
        this.notices = notices;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** One case, if the caller may see it (own case, own window's, own authority's; admins read all). */
    @PreAuthorize("isAuthenticated()")
    public CaseSummary get(long caseId) {
        return steps.load(caseId, CaseScope::mayRead).summary();
    }

    /** The case with this number, if the caller may see it: where the QR code of a notice leads. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<Long> idOf(String caseNumber) {
        PortalUser user = currentUser.require();
        return cases.findByCaseNumber(caseNumber).filter(c -> CaseScope.mayRead(user, c)).map(CaseFile::id);
    }

    /** The whole case as its page shows it, cut to the reader (see {@link CaseDetails}). */
    @PreAuthorize("isAuthenticated()")
    public CaseDetails details(long caseId) {
        return details(steps.load(caseId, CaseScope::mayRead));
    }

    /** The case page: the case as {@link #details} gives it and its history, with one load of the case. */
    @PreAuthorize("isAuthenticated()")
    public CasePage page(long caseId) {
        CaseFile c = steps.load(caseId, CaseScope::mayRead);
        return new CasePage(details(c), history(c));
    }

    private CaseDetails details(CaseFile c) {
        PortalUser user = currentUser.require();
        boolean applicantView = CaseScope.isApplicantOf(user, c);
        CaseParticulars particulars = c.particulars();
        if (!CaseScope.seesIdNumber(user, c) && particulars.applicantIdNumber() != null) {
            particulars = particulars.withIdNumber(IdentityNumbers.mask(particulars.applicantIdNumber()));
        }
        // the review checklist is the authority's working paper, not shown to the applicant
        Map<ChecklistStage, List<ChecklistLine>> lines = applicantView
                ? Map.of(ChecklistStage.INTAKE, checklists.of(c.id(), ChecklistStage.INTAKE))
                : checklists.of(c.id());
        return new CaseDetails(c.summary(), particulars, c.itemVersionId(), content.read(c.situationAnswers()),
                content.read(c.formValues()), materials.of(c.id()).stream().map(CaseMaterialFile::view).toList(),
                views(lines.getOrDefault(ChecklistStage.INTAKE, List.of())),
                views(lines.getOrDefault(ChecklistStage.REVIEW, List.of())),
                corrections.findByCaseIdOrderByRoundAscIdAsc(c.id()).stream().map(CorrectionItem::view).toList(),
                noticesOf(c, applicantView));
    }

    private static List<CheckItem> views(List<ChecklistLine> lines) {
        return lines.stream().map(ChecklistLine::view).toList();
    }

    private List<IssuedNotice> noticesOf(CaseFile c, boolean applicantView) {
        if (c.caseNumber() == null) {
            return List.of();
        }
        // the transfer slip goes from the window to the authority; it is not addressed to the applicant
        return notices.forCase(c.caseNumber()).stream()
                .filter(n -> !applicantView || n.kind() != NoticeKind.TRANSFER_SLIP).toList();
    }

    /**
     * The PDF of one of the case's notices, exactly as issued, for a reader who may see the case
     * (applicants: their own notices, not the transfer slip).
     *
     * @throws CaseNotFoundException the case or the notice is not the caller's to see
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] noticePdf(long caseId, long noticeId) {
        CaseFile c = steps.load(caseId, CaseScope::mayRead);
        boolean applicantView = CaseScope.isApplicantOf(currentUser.require(), c);
        if (noticesOf(c, applicantView).stream().noneMatch(n -> n.id() == noticeId)) {
            throw new CaseNotFoundException(caseId);
        }
        try {
            return notices.pdf(noticeId);
        } catch (NoSuchElementException e) {
            throw new CaseNotFoundException(caseId);
        }
    }

    /** The case's timeline, every step with who, where and why, oldest first; applicants see no internal work steps. */
    private List<CaseHistoryLine> history(CaseFile c) {
        boolean applicantView = CaseScope.isApplicantOf(currentUser.require(), c);
        return history.findByCaseIdOrderByAtAscIdAsc(c.id()).stream().map(CaseHistoryEntry::line)
                .filter(l -> !applicantView || l.action().shownToApplicant()).toList();
    }

    /** The applicant's own drafts and cases, including counter cases filed under their ID number. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Slice<CaseSummary> myCases(Pageable page) {
        PortalUser me = currentUser.require();
        return new CaseQueueQuery()
                .where("(applicant_id = ? OR (applicant_id IS NULL AND applicant_id_number = ?))", me.id(),
                        me.identityNumber() == null ? "" : me.identityNumber())
                .page(jdbc, page);
    }

    /**
     * The queue of the clerk's own window: every case handed in there, filtered; one page, in the
     * page's order (by deadline: running clocks first, the one that runs out first on top).
     */
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Slice<CaseSummary> windowQueue(QueueFilter filter, Pageable page) {
        PortalUser clerk = currentUser.require();
        CaseQueueQuery query = new CaseQueueQuery().where("receiving_window_code = ?", clerk.windowCode())
                .where("(status <> ? OR walk_in = ?)", CaseStatus.DRAFT.name(), true)
                .filteredBy(filter, deadlines.today());
        if (filter.mineOnly()) {
            query.where("assigned_clerk_id = ?", clerk.id());
        }
        if (filter.deemedOnly()) {
            query.where("deemed_accepted_on IS NOT NULL");
        }
        return query.page(jdbc, page);
    }

    /** The queue of the officer's own authority: cases transferred to it, filtered; one page as above. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Slice<CaseSummary> authorityQueue(QueueFilter filter, Pageable page) {
        PortalUser officer = currentUser.require();
        List<String> statuses = CaseScope.AT_AUTHORITY.stream().map(CaseStatus::name).toList();
        return new CaseQueueQuery().where("competent_authority_code = ?", officer.authorityCode())
                .where("status IN (" + String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")) + ")",
                        statuses.toArray())
                .filteredBy(filter, deadlines.today()).page(jdbc, page);
    }
}
