package cn.fzmetro.portal.base;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the whole portal sees it: identity, roles and the window or authority a
 * staff member belongs to; for applicants the ID number or credit code, by which cases filed for
 * them at a counter are linked. Kept small and immutable because it lives in the HTTP session.
 */
public record PortalUser(
        long id,
        String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        String windowCode,
        String authorityCode,
        String affiliationName,
        String identityNumber,
        boolean enabled,
        boolean mustChangePassword) implements UserDetails {

    public PortalUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The home route of this user's most specific role. */
    public String home() {
        for (Role r : List.of(Role.ADMIN, Role.OFFICER, Role.SUPERVISOR, Role.CLERK, Role.APPLICANT)) {
            if (roles.contains(r)) {
                return r.home();
            }
        }
        return "";
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
