package io.kexiang.identity.internal;

import io.kexiang.shared.web.ProblemReplies;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything but health needs a signed-in caller: people by HTTP Basic, machines by bearer token. What each role
 * may do is declared on the controllers ({@code @PreAuthorize}), next to the endpoints it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentitySettings.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle, ProblemReplies replies,
            Clock clock) throws Exception {
        ProblemResponses responses = new ProblemResponses(replies);
        // Stateless API: no session cookie, so cross-site request forgery has nothing to ride on.
        return http.csrf(csrf -> csrf.disable())
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

    @Bean
    LoginThrottle loginThrottle(IdentitySettings settings, Clock clock, JdbcTemplate jdbc) {
        return new LoginThrottle(settings.login(), clock, LoginFailures.in(jdbc));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
