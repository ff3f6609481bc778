package io.kexiang.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses HTTP Basic sign-ins for a locked-out name or address before the password is even checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses responses;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses responses) {
        this.throttle = throttle;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = basicUsername(request.getHeader("Authorization"));
        if (username != null) {
            long lockedFor = throttle.lockedForSeconds(username, request.getRemoteAddr());
            if (lockedFor > 0) {
                responses.tooManyFailures(request, response, lockedFor);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static String basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
