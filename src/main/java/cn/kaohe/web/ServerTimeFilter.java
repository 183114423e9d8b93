package cn.kaohe.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the browser the application's time ({@code X-Kaohe-Now}, epoch milliseconds) on every API answer. Deadlines,
 * countdowns and "remaining working days" in the pages are measured against this clock — the one the deadlines and
 * timers use — and never against the clock of the user's computer, which may be wrong (or, in tests and the demo,
 * deliberately elsewhere).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ServerTimeFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Kaohe-Now";

    private final Clock clock;

    ServerTimeFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, Long.toString(clock.millis()));
        chain.doFilter(request, response);
    }
}
