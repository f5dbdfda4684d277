package cn.fzmetro.portal.casefile;

import java.util.EnumSet;

import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;

/**
 * Who may see and act on a case (docs/architecture.md, data scoping): the applicant their own,
 * a clerk their window's, an officer their authority's once it was transferred there; an
 * administrator may read every case but change none.
 */
final class CaseScope {

    /** Cases that have reached the competent authority. */
    static final EnumSet<CaseStatus> AT_AUTHORITY = EnumSet.of(CaseStatus.TRANSFERRED, CaseStatus.UNDER_REVIEW,
            CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED, CaseStatus.CLOSED);

    private CaseScope() {
    }

    static boolean mayRead(PortalUser user, ScopedCase c) {
        return isApplicantOf(user, c) || isClerkOf(user, c) || isOfficerOf(user, c) || user.hasRole(Role.ADMIN);
    }

    /** Own case: filed by the user, or filed for them at a counter under their ID number. */
    static boolean isApplicantOf(PortalUser user, ScopedCase c) {
        if (!user.hasRole(Role.APPLICANT)) {
            return false;
        }
        if (c.applicantId() != null) {
            return c.applicantId() == user.id();
        }
        return user.identityNumber() != null && user.identityNumber().equals(c.applicantIdNumber());
    }

    /** A case handed in at the clerk's window (a draft only when the clerk files it at the counter). */
    static boolean isClerkOf(PortalUser user, ScopedCase c) {
        return (user.hasRole(Role.CLERK) || user.hasRole(Role.SUPERVISOR)) && user.windowCode() != null
                && user.windowCode().equals(c.receivingWindowCode())
                && (c.status() != CaseStatus.DRAFT || c.walkIn());
    }

    /** The applicant and staff handling the case see the ID number in full; others see it masked. */
    static boolean seesIdNumber(PortalUser user, ScopedCase c) {
        return isApplicantOf(user, c) || isClerkOf(user, c) || isOfficerOf(user, c);
    }

    static boolean isOfficerOf(PortalUser user, ScopedCase c) {
        return user.hasRole(Role.OFFICER) && user.authorityCode() != null
                && user.authorityCode().equals(c.competentAuthorityCode()) && AT_AUTHORITY.contains(c.status());
    }
}
