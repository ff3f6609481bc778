package io.kexiang.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer kx_…}: machine clients. A token that is unknown, revoked or expired is refused
 * at once rather than falling through to anonymous.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses responses;
    private final Clock clock;

    ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemResponses responses, Clock clock) {
        this.tokens = tokens;
        this.responses = responses;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiToken> token = tokens.findByTokenHash(ApiToken.hash(header.substring(7).trim()))
                .filter(t -> t.isUsableAt(clock.instant()));
        if (token.isEmpty()) {
            responses.commence(request, response, new BadCredentialsException("unknown, revoked or expired token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated("token:" + token.get().name(), null,
                Authorities.of(token.get().roles()));
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
