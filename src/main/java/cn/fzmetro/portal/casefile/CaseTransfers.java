package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.Role;

/**
 * When a window or an authority closes to new cases, administrators move the cases still open
 * there to one that is open, so none is stranded: each moved case gets a history line naming
 * both places. Cases that ended stay where they were handled.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CaseTransfers {

    /** Cases a window still works on or hands out (intake, and results picked up there). */
    static final Set<CaseStatus> OPEN_AT_WINDOW = EnumSet.of(CaseStatus.DRAFT, CaseStatus.RECEIVED,
            CaseStatus.CORRECTION_REQUESTED, CaseStatus.ACCEPTED, CaseStatus.TRANSFERRED, CaseStatus.UNDER_REVIEW,
            CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED);
    /** Cases an authority still has to sign for, decide or deliver. */
    static final Set<CaseStatus> OPEN_AT_AUTHORITY = EnumSet.of(CaseStatus.TRANSFERRED, CaseStatus.UNDER_REVIEW,
            CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED);

    private final CaseFileRepository cases;
    private final CaseSteps steps;
    private final AreaQuery area;
    private final Clock clock;

    CaseTransfers(CaseFileRepository cases, CaseSteps steps, AreaQuery area, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.area = area;
        this.clock = clock;
    }

    /** Moves every open case of window {@code from} to the open window {@code to}; returns how many. */
    @Transactional
    public int moveWindowCases(String from, String to) {
        WindowInfo source = area.window(from == null ? "" : from)
                .orElseThrow(() -> new InvalidInputException("case.move.from", "case.error.move-unknown"));
        WindowInfo target = area.window(to == null ? "" : to).filter(WindowInfo::openForCases)
                .filter(w -> !w.code().equals(source.code()))
                .orElseThrow(() -> new InvalidInputException("case.move.to", "case.error.move-target"));
        int moved = 0;
        for (CaseFile c : cases.findByReceivingWindowCodeAndStatusIn(source.code(), OPEN_AT_WINDOW)) {
            if (c.status() == CaseStatus.DRAFT && !c.walkIn()) {
                continue; // an applicant's own draft only chose a window; it moves when they route it again
            }
            c.moveToWindow(target.code(), target.regionCode(), clock.instant());
            steps.record(c, Role.ADMIN, CaseAction.MOVED, c.status(), source.name() + " → " + target.name());
            moved++;
        }
        return moved;
    }

    /**
     * Moves every open case of authority {@code from} to the open authority {@code to} of the same
     * department type; returns how many.
     */
    @Transactional
    public int moveAuthorityCases(String from, String to) {
        AuthorityInfo source = area.authority(from == null ? "" : from)
                .orElseThrow(() -> new InvalidInputException("case.move.from", "case.error.move-unknown"));
        AuthorityInfo target = area.authority(to == null ? "" : to).filter(AuthorityInfo::openForCases)
                .filter(a -> !a.code().equals(source.code()))
                .filter(a -> a.departmentCode().equals(source.departmentCode()))
                .orElseThrow(() -> new InvalidInputException("case.move.to", "case.error.move-authority-target"));
        int moved = 0;
        for (CaseFile c : cases.findByCompetentAuthorityCodeAndStatusIn(source.code(), OPEN_AT_AUTHORITY)) {
            c.moveToAuthority(target.code(), clock.instant());
            steps.record(c, Role.ADMIN, CaseAction.MOVED, c.status(), source.name() + " → " + target.name());
            moved++;
        }
        return moved;
    }
}
