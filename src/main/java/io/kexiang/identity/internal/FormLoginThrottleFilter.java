package io.kexiang.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console's sign-in form meets the same lockout as HTTP Basic: a locked-out name or address goes back to the
 * form, told for how long, before the password is checked.
 */
class FormLoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    FormLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()) && username != null) {
            long lockedFor = throttle.lockedForSeconds(username, request.getRemoteAddr());
            if (lockedFor > 0) {
                response.sendRedirect(request.getContextPath() + "/login?locked=" + lockedFor);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
