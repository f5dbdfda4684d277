package cn.fzmetro.portal.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.fzmetro.portal.testsupport.PortalSpringTest;

/**
 * Actuator endpoints through the real security chains: administrators and callers on this host
 * get them, anyone else is refused (401 without a login, 403 with another role's login).
 */
@PortalSpringTest
class ActuatorAccessTest {

    private static final String REMOTE = "203.0.113.7";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anAnonymousRemoteCallerIsRefusedOnEveryEndpoint() throws Exception {
        for (String endpoint : new String[] {"health", "info", "metrics", "prometheus"}) {
            MockHttpServletResponse response = call(get("/actuator/" + endpoint).with(from(REMOTE)));
            assertThat(response.getStatus()).as(endpoint).isEqualTo(401);
            assertThat(response.getContentAsString()).as(endpoint).doesNotContain("jvm_memory", "UP");
        }
        assertThat(call(get("/actuator").with(from(REMOTE))).getStatus()).isEqualTo(401);
        assertThat(call(get("/actuator/health").with(from("::ffff:203.0.113.7"))).getStatus()).isEqualTo(401);
    }

    @Test
    void aSignedInUserOfAnotherRoleIsForbidden() throws Exception {
        for (String username : new String[] {"zhangwei", "clerk.cangshan", "officer.gulou"}) {
            MockHttpServletResponse response = call(get("/actuator/prometheus").with(from(REMOTE))
                    .with(user(users.loadUserByUsername(username))));
            assertThat(response.getStatus()).as(username).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorGetsHealthInfoMetricsAndPrometheusFromAnywhere() throws Exception {
        RequestPostProcessor admin = user(users.loadUserByUsername("admin"));
        MockHttpServletResponse health = call(get("/actuator/health").with(from(REMOTE)).with(admin));
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString()).contains("\"status\":\"UP\"").contains("db");
        MockHttpServletResponse info = call(get("/actuator/info").with(from(REMOTE)).with(admin));
        assertThat(info.getStatus()).isEqualTo(200);
        assertThat(info.getContentAsString()).contains("tongban-portal");
        MockHttpServletResponse metrics = call(get("/actuator/metrics").with(from(REMOTE)).with(admin));
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("jvm.memory.used");
        MockHttpServletResponse prometheus = call(get("/actuator/prometheus").with(from(REMOTE)).with(admin));
        assertThat(prometheus.getStatus()).isEqualTo(200);
        assertThat(prometheus.getContentAsString()).contains("jvm_memory_used_bytes");
    }

    @Test
    void callersOnThisHostNeedNoLogin() throws Exception {
        for (String local : new String[] {"127.0.0.1", "127.0.1.1", "::1", "0:0:0:0:0:0:0:1"}) {
            assertThat(call(get("/actuator/health").with(from(local))).getStatus()).as(local).isEqualTo(200);
            assertThat(call(get("/actuator/prometheus").with(from(local))).getStatus()).as(local).isEqualTo(200);
        }
    }

    @Test
    void onlyLoopbackAddressesCountAsLocalhost() {
        assertThat(ActuatorSecurityConfig.fromLocalhost("127.0.0.1")).isTrue();
        assertThat(ActuatorSecurityConfig.fromLocalhost("[::1]")).isTrue();
        assertThat(ActuatorSecurityConfig.fromLocalhost("10.0.0.1")).isFalse();
        assertThat(ActuatorSecurityConfig.fromLocalhost("128.0.0.1")).isFalse();
        assertThat(ActuatorSecurityConfig.fromLocalhost("::2")).isFalse();
        assertThat(ActuatorSecurityConfig.fromLocalhost("localhost")).isFalse();
        assertThat(ActuatorSecurityConfig.fromLocalhost("")).isFalse();
        assertThat(ActuatorSecurityConfig.fromLocalhost(null)).isFalse();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
