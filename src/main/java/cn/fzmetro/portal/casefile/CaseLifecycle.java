package cn.fzmetro.portal.casefile;

import static cn.fzmetro.portal.casefile.CaseStatus.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The case state machine (docs/architecture.md): which action each status allows and where it
 * leads. The one place the flow is written down; the entity and the screens both ask it.
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        allow(DRAFT, CaseAction.SUBMITTED, RECEIVED);
        allow(DRAFT, CaseAction.WITHDRAWN, WITHDRAWN);
        allow(RECEIVED, CaseAction.CORRECTION_REQUESTED, CORRECTION_REQUESTED);
        allow(RECEIVED, CaseAction.ACCEPTED, ACCEPTED);
        allow(RECEIVED, CaseAction.DEEMED_ACCEPTED, RECEIVED);
        allow(RECEIVED, CaseAction.REFUSED, REFUSED);
        allow(RECEIVED, CaseAction.WITHDRAWN, WITHDRAWN);
        allow(CORRECTION_REQUESTED, CaseAction.RESUBMITTED, RECEIVED);
        allow(CORRECTION_REQUESTED, CaseAction.WITHDRAWN, WITHDRAWN);
        allow(ACCEPTED, CaseAction.TRANSFERRED, TRANSFERRED);
        allow(TRANSFERRED, CaseAction.SIGNED_FOR, UNDER_REVIEW);
        allow(TRANSFERRED, CaseAction.RETURNED, RECEIVED);
        allow(UNDER_REVIEW, CaseAction.SUSPENDED, SUSPENDED);
        allow(SUSPENDED, CaseAction.RESUMED, UNDER_REVIEW);
        allow(UNDER_REVIEW, CaseAction.APPROVED, APPROVED);
        allow(UNDER_REVIEW, CaseAction.DENIED, DENIED);
        allow(APPROVED, CaseAction.CLOSED, CLOSED);
        allow(DENIED, CaseAction.CLOSED, CLOSED);
    }

    private CaseLifecycle() {
    }

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to) {
        NEXT.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The status after {@code action}, or empty when {@code from} does not allow it. */
    public static Optional<CaseStatus> next(CaseStatus from, CaseAction action) {
        return Optional.ofNullable(NEXT.getOrDefault(from, Map.of()).get(action));
    }

    public static boolean allows(CaseStatus from, CaseAction action) {
        return next(from, action).isPresent();
    }

    /** The status after {@code action}; refuses an action the status does not allow. */
    static CaseStatus require(CaseStatus from, CaseAction action) {
        return next(from, action).orElseThrow(() -> new CaseStateException(from, action));
    }
}
