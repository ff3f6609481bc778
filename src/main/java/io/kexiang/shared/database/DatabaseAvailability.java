package io.kexiang.shared.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.web.ProblemDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the embedded PostgreSQL is down (it died and is being started again), readiness is DOWN and every request
 * but the health probes is answered at once with a 503 problem detail, instead of waiting for a connection and
 * then failing as a 401 (the password could not be checked) or a 500.
 */
class DatabaseAvailability extends OncePerRequestFilter {

    private final EmbeddedPostgresServer server;
    private final ObjectMapper json;

    DatabaseAvailability(EmbeddedPostgresServer server, ApplicationEventPublisher events, ObjectMapper json) {
        this.server = server;
        this.json = json;
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
        ProblemDetail problem = ProblemDetails.of(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "Kexiang's database is being restarted; try again shortly");
        response.setHeader("Retry-After", "5");
        ProblemDetails.write(request, response, json, problem);
    }
}
