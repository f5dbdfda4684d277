package cn.fzmetro.portal.casefile;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a case belongs to, for the portal itself rather than for a signed-in user: event listeners
 * (notifications) run on behalf of nobody, possibly on another thread, so this lookup is not
 * scoped. Views must use {@link Cases}, which is.
 */
@Service
@Transactional(readOnly = true)
public class CaseParties {

    private final CasePartyRepository parties;

    CaseParties(CasePartyRepository parties) {
        this.parties = parties;
    }

    /** The case's number, item and applicant; empty if there is no such case. */
    public Optional<CaseParty> of(long caseId) {
        return parties.findParty(caseId);
    }
}
