package vn.tayninh.dashboard.indicator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The answer to a request that wrote leaves once the round counting its write has stored the figures
 * ({@link KeptFigures#awaitOwnWrites}), and the person's next request waits the same way before it takes any
 * connection: whoever reads after the writer has their answer — on this instance or another — sees the change, and
 * no request waits for a round while holding a connection the round needs (the writing transaction has ended). Runs
 * inside the security filters (the person is known); requests of people who wrote nothing pass at once.
 */
@Component
@Order(0)
class OwnWritesFirst extends OncePerRequestFilter {

    private final KeptFigures kept;

    OwnWritesFirst(KeptFigures kept) {
        this.kept = kept;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        kept.awaitOwnWrites();
        chain.doFilter(request, response);
        kept.awaitOwnWrites();
    }
}
