package cn.fzmetro.portal.casefile.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The notice download's own security chain, matched before Vaadin's (which denies paths it does
 * not know): signed-in users only, anonymous callers go to the login; which notice a user may
 * have is decided by {@code Cases}. Framing from the portal's own pages lets the viewer embed it.
 */
@Configuration
class CaseNoticeSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 51)
    SecurityFilterChain caseNoticeSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(CaseNoticeController.PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
