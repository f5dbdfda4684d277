package cn.fzmetro.portal.base.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import cn.fzmetro.portal.base.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Two layers: Vaadin's view access checker (every view carries an access annotation) and
 * method security on every application service that reads or changes protected data.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/webjars/**", "/fonts/**",
                        "/api/v1/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/verify/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
