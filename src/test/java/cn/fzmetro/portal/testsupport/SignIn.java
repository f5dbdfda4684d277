package cn.fzmetro.portal.testsupport;

import java.util.List;
import java.util.concurrent.Callable;

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

    /** Runs {@code work} as {@code user} on the calling thread (e.g. a pool thread of a concurrency test). */
    public static <T> T call(PortalUser user, Callable<T> work) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static List<String> roleNames(PortalUser user) {
        return user.roles().stream().map(Role::name).toList();
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
