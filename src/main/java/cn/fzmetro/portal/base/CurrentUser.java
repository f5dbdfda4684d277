package cn.fzmetro.portal.base;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the one place services ask, so scoping rules read the same everywhere. */
@Component
public class CurrentUser {

    public Optional<PortalUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses anonymous callers. */
    public PortalUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
