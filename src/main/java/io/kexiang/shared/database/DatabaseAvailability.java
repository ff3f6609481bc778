package io.kexiang.shared.database;

import io.kexiang.shared.Text;
import io.kexiang.shared.web.ProblemReplies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the embedded PostgreSQL is down (it died and is being started again), readiness is DOWN and every request
 * but the health probes is answered at once with a 503 problem detail, instead of waiting for a connection and
 * then failing as a 401 (the password could not be checked) or a 500.
 */
class DatabaseAvailability extends OncePerRequestFilter {

    private final EmbeddedPostgresServer server;
    private final ProblemReplies replies;

    DatabaseAvailability(EmbeddedPostgresServer server, ApplicationEventPublisher events, ProblemReplies replies) {
        this.server = server;
        this.replies = replies;
        server.onAvailability(up -> AvailabilityChangeEvent.publish(events, this,
                up ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (server.isUp() || request.getRequestURI().startsWith("/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "5");
        replies.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Text.of("problem.title.databaseDown"),
                Text.of("problem.databaseDown"));
    }
}
