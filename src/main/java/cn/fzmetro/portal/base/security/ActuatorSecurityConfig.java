package cn.fzmetro.portal.base.security;

import java.util.function.Supplier;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import cn.fzmetro.portal.base.Role;

/**
 * Actuator endpoints (health, info, metrics, prometheus) answer administrators signed in to the
 * portal, and any caller on this host (127.0.0.0/8 or ::1: a Prometheus agent or health check
 * running beside the portal). Everyone else: 401 without a login, 403 with a login of another
 * role. The remote address is the TCP peer's unless {@code server.forward-headers-strategy} is
 * set, so a reverse proxy on the same host must pass the client's address on (see README).
 * This chain is matched before Vaadin's, which would deny the paths it does not know.
 */
@Configuration
class ActuatorSecurityConfig {

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.0/8");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 60)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().access(ActuatorSecurityConfig::adminOrLocalhost))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()));
        return http.build();
    }

    static AuthorizationResult adminOrLocalhost(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(fromLocalhost(context.getRequest().getRemoteAddr())
                || isAdministrator(authentication.get()));
    }

    static boolean fromLocalhost(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return false;
        }
        String address = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
        try {
            return address.contains(":") ? LOOPBACK_V6.matches(address) : LOOPBACK_V4.matches(address);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static boolean isAdministrator(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }
}
