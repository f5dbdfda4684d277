package cn.fzmetro.portal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.AuthorityInfo;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.casefile.CaseEvents.CaseAccepted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseClosed;
import cn.fzmetro.portal.casefile.CaseEvents.CaseDecided;
import cn.fzmetro.portal.casefile.CaseEvents.CaseDeemedAccepted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseEvent;
import cn.fzmetro.portal.casefile.CaseEvents.CaseRefused;
import cn.fzmetro.portal.casefile.CaseEvents.CaseResubmitted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseReturned;
import cn.fzmetro.portal.casefile.CaseEvents.CaseSignedFor;
import cn.fzmetro.portal.casefile.CaseEvents.CaseSubmitted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseTransferred;
import cn.fzmetro.portal.casefile.CaseEvents.CaseWithdrawn;
import cn.fzmetro.portal.casefile.CaseEvents.CorrectionRequested;
import cn.fzmetro.portal.casefile.CaseEvents.ReviewResumed;
import cn.fzmetro.portal.casefile.CaseEvents.ReviewSuspended;
import cn.fzmetro.portal.casefile.CaseParties;

/**
 * What a case step means for its applicant, in plain words: the key {@code notification.case.<step>}
 * with the case number, the item and, where the step has one, the place or reason as arguments.
 * Shared by the in-app notification and the e-mail, so both always say the same.
 */
@Component
class CaseMessages {

    static final String KEY_PREFIX = "notification.case.";

    private final CaseParties parties;
    private final AreaQuery area;

    CaseMessages(CaseParties parties, AreaQuery area) {
        this.parties = parties;
        this.area = area;
    }

    /**
     * The message for the applicant's account; empty when the step tells the applicant nothing
     * new, the case is a draft without a number, or the case is not linked to an account.
     */
    Optional<CaseMessage> about(CaseEvent event) {
        if (event.caseNumber() == null) {
            return Optional.empty();
        }
        return step(event).flatMap(step -> parties.of(event.caseId()).filter(p -> p.applicantId() != null)
                .map(p -> {
                    List<String> args = new ArrayList<>(List.of(event.caseNumber(), p.itemName()));
                    args.addAll(step.details());
                    return new CaseMessage(p.applicantId(), p.caseId(), event.caseNumber(), KEY_PREFIX + step.name(),
                            List.copyOf(args));
                }));
    }

    /** The step's name in the bundle and its details (arguments from {2} on). */
    private Optional<Step> step(CaseEvent event) {
        return Optional.ofNullable(switch (event) {
            case CaseSubmitted e -> new Step("submitted", windowName(e.windowCode()));
            case CorrectionRequested e -> new Step("correction-requested");
            case CaseResubmitted e -> new Step("resubmitted");
            // acceptance is always followed by the transfer in the same step (CaseIntake.accept),
            // whose message says both: one notice per step the applicant waited for
            case CaseAccepted e -> null;
            case CaseDeemedAccepted e -> new Step("deemed-accepted", e.receivedOn().toString());
            case CaseRefused e -> new Step("refused", e.reason());
            case CaseTransferred e -> new Step("transferred", authorityName(e.authorityCode()));
            case CaseSignedFor e -> new Step("signed-for");
            case CaseReturned e -> new Step("returned", e.reason());
            case ReviewSuspended e -> new Step("suspended", e.reason());
            case ReviewResumed e -> new Step("resumed");
            case CaseDecided e -> new Step(e.approved() ? "approved" : "denied");
            case CaseClosed e -> new Step("closed");
            case CaseWithdrawn e -> new Step("withdrawn");
            default -> null;
        });
    }

    private String windowName(String code) {
        return area.window(code).map(WindowInfo::name).orElse(code);
    }

    private String authorityName(String code) {
        return area.authority(code).map(AuthorityInfo::name).orElse(code);
    }

    private record Step(String name, List<String> details) {

        Step(String name, String... details) {
            this(name, List.of(details));
        }
    }
}
