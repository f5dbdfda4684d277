package cn.fzmetro.portal.base.security;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * The signed-in sessions of each user, so an administrator's change takes effect at once, on every
 * portal node. Spring Security's {@link SessionRegistry} (concurrent-session control in
 * {@code SecurityConfig}) knows which session ids belong to whom and marks them expired; this class
 * also keeps the {@link HttpSession} objects themselves with their sign-in time, registered at
 * sign-in, and invalidates them, so the user's next request (a Vaadin round trip included) finds
 * no session and no login.
 * <p>
 * Sessions live in the memory of the node that signed the user in (sticky sessions), so a
 * revocation is also written to {@code session_revocation} in the administrator's transaction.
 * Every node reads the rows of the last minute every {@code portal.security.revocation-poll}
 * (default 5 seconds; no query while the node has no signed-in session) and ends the sessions
 * signed in before the revocation. Requests themselves never ask the database.
 */
@Component
public class UserSessions implements SessionAuthenticationStrategy {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);
    /**
     * How far back each poll reads, beyond the previous poll: a revocation committed a little after
     * it was stamped, or stamped by a node whose clock is a little behind, is still seen. Ending
     * sessions is idempotent, so reading a row twice does no harm.
     */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    private record Signed(String username, Instant at) {
    }

    private final SessionRegistry registry;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Live signed-in sessions, who they belong to and when they signed in; keys compare by identity. */
    private final Map<HttpSession, Signed> sessions = new ConcurrentHashMap<>();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    /** Revocations stamped before this were read by an earlier poll. */
    private volatile Instant readUpTo;

    UserSessions(SessionRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.readUpTo = clock.instant();
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
            sessions.put(request.getSession(), new Signed(user.getUsername(), clock.instant()));
        }
    }

    @EventListener
    void sessionDestroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getSession());
    }

    /**
     * Ends every session of this user on every node. Called inside the transaction that changed the
     * account: the revocation is stored with it, and this node's sessions end once it committed;
     * the other nodes follow at their next poll.
     */
    public void revoke(String username) {
        Timestamp at = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE session_revocation SET revoked_at = ? WHERE username = ?", at, username) == 0) {
            try {
                jdbc.update("INSERT INTO session_revocation (username, revoked_at) VALUES (?, ?)", username, at);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update("UPDATE session_revocation SET revoked_at = ? WHERE username = ?", at, username);
            }
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endSessionsOf(username);
                }
            });
        } else {
            endSessionsOf(username);
        }
    }

    /** Reads the revocations other nodes wrote and ends this node's sessions they concern. */
    @Scheduled(fixedDelayString = "${portal.security.revocation-poll:PT5S}")
    public void pollRevocations() {
        Instant pollStart = clock.instant();
        if (sessions.isEmpty()) {
            readUpTo = pollStart;
            return;
        }
        jdbc.query("SELECT username, revoked_at FROM session_revocation WHERE revoked_at > ?",
                (ResultSet row) -> {
                    endSessionsSignedInBefore(row.getString("username"), row.getTimestamp("revoked_at").toInstant());
                }, Timestamp.from(readUpTo.minus(OVERLAP)));
        readUpTo = pollStart;
    }

    /**
     * Ends every session of this user on this node: marks it expired in the registry and invalidates
     * the HTTP session, which also closes the Vaadin session in it.
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
        int invalidated = invalidate(username, Instant.MAX);
        if (ended > 0 || invalidated > 0) {
            log.info("Ended {} session(s) of {}", Math.max(ended, invalidated), username);
        }
        return Math.max(ended, invalidated);
    }

    private void endSessionsSignedInBefore(String username, Instant revokedAt) {
        int invalidated = invalidate(username, revokedAt);
        if (invalidated > 0) {
            log.info("Ended {} session(s) of {} revoked on another node", invalidated, username);
        }
    }

    /** Invalidates the user's sessions on this node signed in no later than {@code upTo}. */
    private int invalidate(String username, Instant upTo) {
        List<HttpSession> live = new ArrayList<>();
        sessions.forEach((session, signed) -> {
            if (signed.username().equals(username) && !signed.at().isAfter(upTo)) {
                live.add(session);
            }
        });
        for (HttpSession session : live) {
            sessions.remove(session);
            try {
                SessionInformation info = registry.getSessionInformation(session.getId());
                if (info != null) {
                    info.expireNow();
                }
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by a timeout or the user's own logout
            }
        }
        return live.size();
    }

    /** How many live sessions this user has signed in on this node (for tests and the administrators' screen). */
    public int countSessionsOf(String username) {
        return (int) sessions.values().stream().filter(s -> s.username().equals(username)).count();
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
