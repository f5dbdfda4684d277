package cn.fzmetro.portal.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.testsupport.MutableClock;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.TestIdentities;

/**
 * Two nodes on one database: an administrator's revocation on node 1 ends the user's session on
 * node 2 at node 2's next poll, and only the sessions signed in before it.
 */
@PortalSpringTest
class UserSessionsAcrossNodesTest {

    private static final ZonedDateTime NOON = ZonedDateTime.parse("2031-03-03T12:00:00+08:00[Asia/Shanghai]");

    @Autowired
    UserSessions node1;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRevocationOnOneNodeEndsTheSessionsSignedInBeforeItOnTheOther() {
        UserSessions node2 = new UserSessions(new SessionRegistryImpl(), jdbc, clock);
        String username = TestIdentities.username("clerk");
        clock.set(NOON);
        MockHttpSession before = signIn(node2, username);

        clock.set(NOON.plusSeconds(10));
        transaction.executeWithoutResult(s -> node1.revoke(username));
        clock.set(NOON.plusSeconds(20));
        MockHttpSession after = signIn(node2, username);
        assertThat(before.isInvalid()).as("node 2 has not looked yet").isFalse();

        clock.set(NOON.plusSeconds(25));
        node2.pollRevocations();

        assertThat(before.isInvalid()).as("signed in before the revocation").isTrue();
        assertThat(after.isInvalid()).as("signed in after it").isFalse();
        assertThat(node2.countSessionsOf(username)).isOne();

        clock.set(NOON.plusSeconds(30));
        node2.pollRevocations();
        assertThat(after.isInvalid()).as("reading the revocation again changes nothing").isFalse();
    }

    @Test
    void aRevocationThatRollsBackEndsNothing() {
        UserSessions node2 = new UserSessions(new SessionRegistryImpl(), jdbc, clock);
        String username = TestIdentities.username("clerk");
        MockHttpSession session = signIn(node2, username);
        try {
            transaction.executeWithoutResult(s -> {
                node1.revoke(username);
                throw new IllegalStateException("the administrator's change failed");
            });
        } catch (IllegalStateException expected) {
            // the account change and its revocation are undone together
        }
        node2.pollRevocations();
        assertThat(session.isInvalid()).isFalse();
    }

    private static MockHttpSession signIn(UserSessions node, String username) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_CLERK"));
        node.onAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "x", authorities), null, authorities), request, new MockHttpServletResponse());
        return session;
    }
}
