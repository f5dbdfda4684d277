package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;

/**
 * Carries out one step on a case the same way every time: the caller must be entitled to act
 * on this case, must have seen its current version, the state machine must allow the step;
 * then the step is recorded in the history and its event published. Runs inside the calling
 * service's transaction, so a failure half-way leaves nothing behind.
 */
@Component
class CaseSteps {

    private final CaseFileRepository cases;
    private final CaseHistoryRepository history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readCommitted;
    private final JdbcTemplate jdbc;

    CaseSteps(CaseFileRepository cases, CaseHistoryRepository history, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, TransactionTemplate transactionTemplate,
            JdbcTemplate jdbc) {
        this.cases = cases;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.readCommitted = new TransactionTemplate(transactionTemplate.getTransactionManager());
        this.readCommitted.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.readCommitted.setReadOnly(true);
    }

    /** A case the caller may act on in the given capacity; others are "not found". */
    CaseFile load(long caseId, BiPredicate<PortalUser, ? super CaseFile> entitled) {
        PortalUser user = currentUser.require();
        return cases.findById(caseId).filter(c -> entitled.test(user, c))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /**
     * The case's {@link CaseGate}, if the caller may act on it in the given capacity; others are
     * "not found". For checks that need nothing else of the case: one narrow read, no entity.
     */
    CaseGate gate(long caseId, BiPredicate<PortalUser, ScopedCase> entitled) {
        PortalUser user = currentUser.require();
        return gate(caseId).filter(g -> entitled.test(user, g)).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** The case's {@link CaseGate}, unchecked: for callers that check a given user themselves. */
    Optional<CaseGate> gate(long caseId) {
        return jdbc.query(CaseGate.SQL, CaseGate::of, caseId).stream().findFirst();
    }

    /**
     * Loads, checks entitlement and version, applies the step, records and announces it.
     *
     * @param expectedVersion the version the caller saw; a different one means someone else acted first
     * @param event           the event to publish, or a function returning null for work steps that announce nothing
     */
    CaseFile step(long caseId, int expectedVersion, BiPredicate<PortalUser, CaseFile> entitled, Role role,
            CaseAction action, String detail, Consumer<CaseFile> change, Function<CaseFile, Object> event) {
        CaseFile c = load(caseId, entitled);
        if (c.lockVersion() != expectedVersion) {
            throw new CaseConflictException(caseId, c.status());
        }
        CaseStatus before = c.status();
        change.accept(c);
        try {
            cases.saveAndFlush(c);
        } catch (OptimisticLockingFailureException e) {
            // someone committed a step on this case between our read and our write
            throw new CaseConflictException(caseId, committedStatus(caseId));
        }
        record(c, role, action, before, detail);
        Object happened = event.apply(c);
        if (happened != null) {
            events.publishEvent(happened);
        }
        return c;
    }

    private CaseStatus committedStatus(long caseId) {
        return readCommitted.execute(s -> cases.findById(caseId).map(CaseFile::status).orElse(null));
    }

    /** Appends a history line for a step already applied to {@code c}. */
    void record(CaseFile c, Role role, CaseAction action, CaseStatus before, String detail) {
        PortalUser user = currentUser.require();
        history.save(new CaseHistoryEntry(c.id(), clock.instant(), user.id(), user.displayName(), role.name(),
                user.affiliationName(), action, before, c.status(), detail));
    }

    /** A reason, basis or note the law requires: refused when empty. */
    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
    }

    /** A step taken by the portal itself (the five-day rule), not by a person. */
    void recordBySystem(CaseFile c, CaseAction action, CaseStatus before, String detail) {
        history.save(new CaseHistoryEntry(c.id(), clock.instant(), null, "system", "SYSTEM", null, action, before,
                c.status(), detail));
    }
}
