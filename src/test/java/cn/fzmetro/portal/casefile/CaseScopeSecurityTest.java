package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/** Method security: each role's case lists refuse every other role, and anonymous callers. */
@PortalSpringTest
class CaseScopeSecurityTest {

    private static final PageRequest PAGE = PageRequest.of(0, 10);

    @Autowired
    Cases cases;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anApplicantCallingTheClerksQueueIsRefused() {
        SignIn.as(users, "zhangwei");
        assertThatThrownBy(() -> cases.windowQueue(QueueFilter.ALL, PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.authorityQueue(QueueFilter.ALL, PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> cases.myCases(PAGE)).doesNotThrowAnyException();
    }

    @Test
    void aClerkReadsOnlyTheWindowQueue() {
        SignIn.as(users, "clerk.cangshan");
        assertThatCode(() -> cases.windowQueue(QueueFilter.ALL, PAGE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> cases.authorityQueue(QueueFilter.ALL, PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.myCases(PAGE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerReadsOnlyTheAuthorityQueue() {
        SignIn.as(users, "officer.gulou");
        assertThatCode(() -> cases.authorityQueue(QueueFilter.ALL, PAGE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> cases.windowQueue(QueueFilter.ALL, PAGE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorDoesNotWorkCaseQueues() {
        SignIn.as(users, "admin");
        assertThatThrownBy(() -> cases.windowQueue(QueueFilter.ALL, PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.myCases(PAGE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> cases.myCases(PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
