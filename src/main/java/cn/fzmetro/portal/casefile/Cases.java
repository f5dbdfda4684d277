package cn.fzmetro.portal.casefile;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;

/**
 * Scoped reading of cases. Each list is cut to what the caller may see: an applicant their own
 * cases, a clerk their window's, an officer their authority's. The scope comes from the signed-in
 * user, never from a parameter, so a caller cannot ask for someone else's cases.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

    private final CaseFileRepository cases;
    private final CaseHistoryRepository history;
    private final CaseSteps steps;
    private final CurrentUser currentUser;

    Cases(CaseFileRepository cases, CaseHistoryRepository history, CaseSteps steps, CurrentUser currentUser) {
        this.cases = cases;
        this.history = history;
        this.steps = steps;
        this.currentUser = currentUser;
    }

    /** One case, if the caller may see it (own case, own window's, own authority's; admins read all). */
    @PreAuthorize("isAuthenticated()")
    public CaseSummary get(long caseId) {
        return steps.load(caseId, CaseScope::mayRead).summary();
    }

    /** The case's timeline, every step with who, where and why, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CaseHistoryLine> history(long caseId) {
        steps.load(caseId, CaseScope::mayRead);
        return history.findByCaseIdOrderByAtAscIdAsc(caseId).stream().map(CaseHistoryEntry::line).toList();
    }

    /** The applicant's own drafts and cases. */
    @PreAuthorize("hasRole('APPLICANT')")
    public Page<CaseSummary> myCases(Pageable page) {
        return cases.findByApplicantId(currentUser.require().id(), page).map(CaseFile::summary);
    }

    /** The queue of the clerk's own window: every case handed in there. */
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    public Page<CaseSummary> windowQueue(Pageable page) {
        PortalUser clerk = currentUser.require();
        return cases.findByReceivingWindowCodeAndStatusNot(clerk.windowCode(), CaseStatus.DRAFT, page)
                .map(CaseFile::summary);
    }

    /** The queue of the officer's own authority: cases transferred to it. */
    @PreAuthorize("hasRole('OFFICER')")
    public Page<CaseSummary> authorityQueue(Pageable page) {
        PortalUser officer = currentUser.require();
        return cases.findByCompetentAuthorityCodeAndStatusIn(officer.authorityCode(), CaseScope.AT_AUTHORITY, page)
                .map(CaseFile::summary);
    }
}
