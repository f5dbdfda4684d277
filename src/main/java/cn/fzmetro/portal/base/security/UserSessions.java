package cn.fzmetro.portal.base.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * The signed-in sessions of each user, so an administrator's change takes effect at once.
 * Spring Security's {@link SessionRegistry} (concurrent-session control in {@code SecurityConfig})
 * knows which session ids belong to whom and marks them expired; this class also keeps the
 * {@link HttpSession} objects themselves, registered at sign-in, and invalidates them, so the
 * user's next request (a Vaadin round trip included) finds no session and no login.
 * Single-node: with several portal nodes each ends the sessions it holds.
 */
@Component
public class UserSessions implements SessionAuthenticationStrategy {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;
    /** Live signed-in sessions and the user name each belongs to; keys compare by identity. */
    private final Map<HttpSession, String> sessions = new ConcurrentHashMap<>();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Called by Spring Security at every successful sign-in. The session is created if needed (the
     * security context goes into it anyway); it is kept as an object, so the id change of
     * session-fixation protection does not matter.
     */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof UserDetails user) {
            sessions.put(request.getSession(), user.getUsername());
        }
    }

    @EventListener
    void sessionDestroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getSession());
    }

    /**
     * Ends every session of this user: marks it expired in the registry and invalidates the HTTP
     * session, which also closes the Vaadin session in it.
     *
     * @return how many sessions were ended
     */
    public int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation info : registry.getAllSessions(principal, false)) {
                    info.expireNow();
                    ended++;
                }
            }
        }
        List<HttpSession> live = new ArrayList<>();
        sessions.forEach((session, owner) -> {
            if (owner.equals(username)) {
                live.add(session);
            }
        });
        for (HttpSession session : live) {
            sessions.remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by a timeout or the user's own logout
            }
        }
        if (ended > 0 || !live.isEmpty()) {
            log.info("Ended {} session(s) of {}", Math.max(ended, live.size()), username);
        }
        return Math.max(ended, live.size());
    }

    /** How many live sessions this user has signed in (for tests and the administrators' screen). */
    public int countSessionsOf(String username) {
        return (int) sessions.values().stream().filter(username::equals).count();
    }

    /**
     * Replaces the signed-in user of the current request and session with a fresh copy (after the
     * user changed their own password), so the session goes on without a new sign-in.
     */
    public void replaceCurrentUser(UserDetails user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        HttpServletRequest request = null;
        HttpServletResponse response = null;
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        if (vaadinRequest != null) {
            request = vaadinRequest.getHttpServletRequest();
            VaadinServletResponse vaadinResponse = VaadinServletResponse.getCurrent();
            response = vaadinResponse == null ? null : vaadinResponse.getHttpServletResponse();
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            request = attributes.getRequest();
            response = attributes.getResponse();
        }
        if (request != null && response != null) {
            contexts.saveContext(context, request, response);
        }
    }
}
