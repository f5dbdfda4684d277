package cn.fzmetro.portal.base.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import cn.fzmetro.portal.base.ui.LoginView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Two layers: Vaadin's view access checker (every view carries an access annotation) and
 * method security on every application service that reads or changes protected data.
 * Sessions are registered per user (no limit on their number), so that disabling an account or
 * changing its roles ends that user's sessions at once ({@link UserSessions}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            UserSessions userSessions) throws Exception {
        String login = "/" + LoginView.class.getAnnotation(Route.class).value();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/webjars/**", "/fonts/**",
                        "/api/v1/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/verify/**").permitAll());
        http.sessionManagement(session -> session
                .addSessionAuthenticationStrategy(userSessions)
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
                        .sessionRegistry(sessionRegistry).expiredUrl(login)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and {@link UserSessions}) when the container ends a session. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
