package cn.fzmetro.portal.document.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import cn.fzmetro.portal.base.ui.LoginView;
import com.vaadin.flow.router.Route;

/**
 * The download URL's own security chain. Vaadin's chain denies every request it does not know
 * (its default for unknown paths), so {@code /files/**} is matched here first: signed-in users
 * only (the session's login is shared with the Vaadin chain), anonymous callers are sent to the
 * login view. Which file a signed-in user may read is decided by {@code Documents} and the
 * owning module's policy, not here. Framing is allowed from the portal's own pages so the PDF
 * and image viewer can embed {@code ?inline=true}.
 */
@Configuration
class DownloadSecurityConfig {

    static final String PATHS = "/files/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    SecurityFilterChain fileDownloadSecurity(HttpSecurity http) throws Exception {
        String login = "/" + LoginView.class.getAnnotation(Route.class).value();
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(login)))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
