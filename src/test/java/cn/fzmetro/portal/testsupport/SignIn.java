package cn.fzmetro.portal.testsupport;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;

/** Signs a demo user in for service-level tests, exactly as the login would. */
public final class SignIn {

    private SignIn() {
    }

    public static PortalUser as(UserDetailsService users, String username) {
        PortalUser user = (PortalUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static List<String> roleNames(PortalUser user) {
        return user.roles().stream().map(Role::name).toList();
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
