package io.kexiang.identity.internal;

import io.kexiang.shared.web.ProblemReplies;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything but health and the sign-in page needs a signed-in caller. Two doors: the APIs ({@code /api},
 * {@code /tmf-api}, Actuator, notice links) are stateless, people by HTTP Basic and machines by bearer token; the
 * console (every other path) signs people in with a form and keeps them by a session cookie, with CSRF tokens on
 * every form. What each role may do is declared on the controllers ({@code @PreAuthorize}), next to what it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentitySettings.class)
class SecurityConfiguration {

    static final String[] API_PATHS = {"/api/**", "/tmf-api/**", "/actuator/**", "/links/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle, ProblemReplies replies,
            Clock clock) throws Exception {
        ProblemResponses responses = new ProblemResponses(replies);
        // Stateless API: no session cookie, so cross-site request forgery has nothing to ride on.
        return http.securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Links sent in notices (confirm a cutover notice): each carries its own token, checked there.
                        .requestMatchers("/links/**").permitAll()
                        .anyRequest().authenticated())
                // The API serves no scripts or frames; the console (issue 15) loosens only what it needs.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(basic -> basic.realmName("Kexiang").authenticationEntryPoint(responses))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .addFilterBefore(new LoginThrottleFilter(throttle, responses), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, responses, clock),
                        BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The console: a form sign-in, a session cookie (HTTP-only, SameSite, see application.yml) and CSRF tokens,
     * which htmx sends as a header (console.js). Pages run no inline script; the API document answers Basic too,
     * so that an OSS client's build can fetch it.
     */
    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/console/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + "/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.realmName("Kexiang"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new FormLoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /**
     * Scripts only from Kexiang itself (htmx, ECharts and the console's own files; no inline script); inline styles
     * are allowed because ECharts and Swagger UI set them.
     */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Bean
    LoginThrottle loginThrottle(IdentitySettings settings, Clock clock, JdbcTemplate jdbc) {
        return new LoginThrottle(settings.login(), clock, LoginFailures.in(jdbc));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
