package cn.fzmetro.portal.casefile;

import java.util.EnumSet;

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

    /** Cases that have reached the competent authority. */
    private static final EnumSet<CaseStatus> AT_AUTHORITY = EnumSet.of(CaseStatus.TRANSFERRED,
            CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED, CaseStatus.CLOSED);

    private final CaseFileRepository cases;
    private final CurrentUser currentUser;

    Cases(CaseFileRepository cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
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
        return cases.findByCompetentAuthorityCodeAndStatusIn(officer.authorityCode(), AT_AUTHORITY, page)
                .map(CaseFile::summary);
    }
}
