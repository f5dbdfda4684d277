package cn.fzmetro.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.base.security.UserSessions;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestIdentities;

/**
 * Signing in through the real login form and security chain, then an administrator acts: the
 * user's live HTTP session ends (disable, reset) and a disabled account cannot sign in again.
 * A signed-in session is recognised by {@code /files/…}: a missing file answers 404 to a
 * signed-in user and sends an anonymous one to the login.
 */
@PortalSpringTest
class AccountSessionsTest {

    private static final String PASSWORD = "Start2026x";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdmin admin;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserSessions sessions;
    @Autowired
    SessionRegistry registry;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDisabledUserLosesTheOpenSessionAndCannotSignInAgain() throws Exception {
        String username = TestIdentities.username("clerk");
        long id = createClerk(username);
        MockHttpSession first = signInThroughTheForm(username, PASSWORD);
        MockHttpSession second = signInThroughTheForm(username, PASSWORD);
        assertThat(signedIn(first)).isTrue();
        assertThat(signedIn(second)).isTrue();
        assertThat(sessions.countSessionsOf(username)).isEqualTo(2);
        assertThat(registeredSessions(username)).isEqualTo(2);

        SignIn.as(users, "admin");
        admin.disable(id, admin.account(id).orElseThrow().version());
        SignIn.out();

        assertThat(first.isInvalid()).as("the HTTP session was invalidated").isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(sessions.countSessionsOf(username)).isZero();
        assertThat(registeredSessions(username)).as("no live session left in the registry").isZero();
        assertThat(signedIn(first)).as("the next request of that browser is anonymous").isFalse();

        MvcResult again = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).contains("/login?error");
        assertThat(again.getRequest().getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void aPasswordResetEndsTheSessionAndTheNextSignInMustChangeThePassword() throws Exception {
        String username = TestIdentities.username("clerk");
        long id = createClerk(username);
        SignIn.as(users, username);
        accounts.changeOwnPassword(PASSWORD, "Mine2026abc", "Mine2026abc");
        SignIn.out();
        MockHttpSession session = signInThroughTheForm(username, "Mine2026abc");
        assertThat(signedIn(session)).isTrue();

        SignIn.as(users, "admin");
        admin.resetPassword(id, admin.account(id).orElseThrow().version(), "Temp2026xyz");
        SignIn.out();

        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.perform(formLogin("/login").user(username).password("Mine2026abc")).andReturn().getResponse()
                .getRedirectedUrl()).as("the old password no longer works").contains("/login?error");
        MockHttpSession next = signInThroughTheForm(username, "Temp2026xyz");
        var principal = (cn.fzmetro.portal.base.PortalUser) ((org.springframework.security.core.context.SecurityContext) next
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication()
                .getPrincipal();
        assertThat(principal.mustChangePassword()).as("the views send this user to change-password first").isTrue();
    }

    @Test
    void anEnabledAccountSignsInAgainAfterBeingDisabled() throws Exception {
        String username = TestIdentities.username("clerk");
        long id = createClerk(username);
        SignIn.as(users, "admin");
        admin.disable(id, admin.account(id).orElseThrow().version());
        admin.enable(id, admin.account(id).orElseThrow().version());
        SignIn.out();
        assertThat(signedIn(signInThroughTheForm(username, PASSWORD))).isTrue();
    }

    private long createClerk(String username) {
        SignIn.as(users, "admin");
        long id = admin.createStaff(new StaffAccountForm(username, "李娜", Set.of(Role.CLERK), "W350104", null,
                PASSWORD));
        SignIn.out();
        return id;
    }

    private MockHttpSession signInThroughTheForm(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private boolean signedIn(MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/files/{id}", Long.MAX_VALUE).session(session))
                .andReturn().getResponse();
        return response.getStatus() == 404;
    }

    private int registeredSessions(String username) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof org.springframework.security.core.userdetails.UserDetails u
                        && u.getUsername().equals(username))
                .mapToInt(p -> registry.getAllSessions(p, false).size()).sum();
    }
}
