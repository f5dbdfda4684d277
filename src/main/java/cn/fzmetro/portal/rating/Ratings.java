package cn.fzmetro.portal.rating;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.casefile.CaseStatus;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * 好差评: the applicant rates their own closed case once; a poor rating opens a follow-up that
 * administrators answer. Whose case it is comes from {@link Cases#get}, which shows an applicant
 * only their own cases.
 */
@Service
@Transactional(readOnly = true)
public class Ratings {

    public static final int MAX_COMMENT = 500;
    public static final int MAX_FOLLOW_UP_RESULT = 2000;
    /** 国办发〔2019〕51号: a poor rating is answered within 15 working days. */
    static final int FOLLOW_UP_WORKING_DAYS = 15;

    private final CaseRatingRepository ratings;
    private final Cases cases;
    private final CurrentUser currentUser;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(CaseRatingRepository ratings, Cases cases, CurrentUser currentUser, Deadlines deadlines,
            ApplicationEventPublisher events, Clock clock) {
        this.ratings = ratings;
        this.cases = cases;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** The rating of my case, if I gave one; someone else's case is "not found". */
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<RatingInfo> forCase(long caseId) {
        cases.get(caseId);
        return ratings.findByCaseId(caseId).map(CaseRating::info);
    }

    /**
     * Rates my closed case. Refused when the case is not closed, already rated (also when two
     * submissions race: the unique constraint lets one through), without a level or with a
     * comment longer than {@value #MAX_COMMENT} characters.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public RatingInfo rate(long caseId, SatisfactionLevel level, String comment) {
        CaseSummary c = cases.get(caseId);
        if (c.status() != CaseStatus.CLOSED) {
            throw new InvalidInputException("rating.case", "rating.error.not-closed");
        }
        if (ratings.existsByCaseId(caseId)) {
            throw alreadyRated();
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        List<Problem> problems = new ArrayList<>();
        if (level == null) {
            problems.add(new Problem("rating.level", "validation.required"));
        }
        if (text != null && text.length() > MAX_COMMENT) {
            problems.add(new Problem("rating.comment", "rating.error.too-long", MAX_COMMENT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = now();
        LocalDate followUpDue = level.poor() ? deadlines.dueDate(now, FOLLOW_UP_WORKING_DAYS, List.of()) : null;
        RatingInfo rating;
        try {
            rating = ratings.saveAndFlush(new CaseRating(c.id(), c.caseNumber(), c.itemName(),
                    currentUser.require().id(), c.applicantName(), level, text, now, followUpDue,
                    c.receivingWindowCode())).info();
        } catch (DataIntegrityViolationException e) {
            throw alreadyRated();
        }
        events.publishEvent(new CaseRated(rating.id(), c.id(), c.caseNumber(), level, level.poor(), now));
        return rating;
    }

    /**
     * Ratings newest first, filtered by level and follow-up state ({@code null}: any): all of them
     * for administrators, those of cases received at their window for a window supervisor.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    public Page<RatingInfo> list(SatisfactionLevel level, FollowUpState followUp, Pageable page) {
        return ratings.search(level, followUp, windowScope(),
                PageRequest.of(page.getPageNumber(), page.getPageSize())).map(CaseRating::info);
    }

    /** {@code null} (every window) for administrators, else the supervisor's own window. */
    private String windowScope() {
        PortalUser user = currentUser.require();
        return user.hasRole(Role.ADMIN) ? null : user.windowCode();
    }

    /**
     * Records the answer to a poor rating and closes its follow-up. Administrators answer any
     * follow-up, a window supervisor those of their window (others look like no open follow-up).
     *
     * @param expectedVersion the version the administrator saw; another administrator's change in
     *                        between raises {@link ObjectOptimisticLockingFailureException}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @Transactional
    public RatingInfo completeFollowUp(long ratingId, int expectedVersion, String result) {
        String window = windowScope();
        CaseRating rating = ratings.findById(ratingId)
                .filter(r -> window == null || window.equals(r.assignedWindowCode()))
                .orElseThrow(Ratings::noOpenFollowUp);
        if (rating.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseRating.class, ratingId);
        }
        if (rating.followUpState() != FollowUpState.OPEN) {
            throw noOpenFollowUp();
        }
        String text = result == null ? "" : result.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("rating.follow-up-result", "validation.required");
        }
        if (text.length() > MAX_FOLLOW_UP_RESULT) {
            throw new InvalidInputException("rating.follow-up-result", "rating.error.too-long", MAX_FOLLOW_UP_RESULT);
        }
        rating.completeFollowUp(text, currentUser.require().displayName(), now());
        return ratings.saveAndFlush(rating).info();
    }

    private static InvalidInputException alreadyRated() {
        return new InvalidInputException("rating.case", "rating.error.already-rated");
    }

    private static InvalidInputException noOpenFollowUp() {
        return new InvalidInputException("rating.follow-up", "rating.error.no-open-follow-up");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
