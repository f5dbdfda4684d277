package cn.fzmetro.portal.casefile;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.document.FileAccessPolicy;

/** Files of a case are readable by exactly those who may see the case. */
@Component
class CaseDocumentsPolicy implements FileAccessPolicy {

    static final String OWNER_TYPE = "CASE";

    private final CaseSteps steps;

    CaseDocumentsPolicy(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public boolean mayRead(PortalUser user, String ownerType, long ownerId) {
        return OWNER_TYPE.equals(ownerType)
                && steps.gate(ownerId).map(c -> CaseScope.mayRead(user, c)).orElse(false);
    }
}
