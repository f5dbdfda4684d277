package cn.fzmetro.portal.document;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.PortalUser;

/**
 * A policy for the document tests' own owner type only, granting what a test grants. It is
 * part of every test context but answers no for every other owner type, so it changes nothing
 * for the real modules' files.
 */
@Component
class TestOwnerPolicy implements FileAccessPolicy {

    static final String OWNER_TYPE = "DOCUMENT_TEST";

    private final Set<String> grants = ConcurrentHashMap.newKeySet();

    void grant(PortalUser user, long ownerId) {
        grants.add(user.id() + "/" + ownerId);
    }

    void revokeAll() {
        grants.clear();
    }

    @Override
    public boolean mayRead(PortalUser user, String ownerType, long ownerId) {
        return OWNER_TYPE.equals(ownerType) && grants.contains(user.id() + "/" + ownerId);
    }
}
