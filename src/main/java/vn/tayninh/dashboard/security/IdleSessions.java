package vn.tayninh.dashboard.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session may stay without the person doing anything, and when they are warned.
 * <p>
 * An open Vaadin page sends a heartbeat every few minutes, which keeps the servlet container's session alive for as
 * long as the tab is open: left alone, the container's timeout only ends the sessions of closed tabs. The product's
 * own clock ({@link IdleSessionFilter}) counts every request except heartbeats, so an open but idle page ends after
 * {@code server.servlet.session.timeout} like a closed one; the page warns before ({@link #warnBefore()}) and keeps
 * the session while the person types ({@link #keepAliveEvery()}).
 */
@Component
public class IdleSessions {

    private final Duration timeout;

    IdleSessions(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    /** The idle time after which a session ends. */
    public Duration timeout() {
        return timeout;
    }

    /** How long before the end the page warns: two minutes, or a third of a short timeout. */
    public Duration warnBefore() {
        Duration third = timeout.dividedBy(3);
        return third.compareTo(Duration.ofMinutes(2)) < 0 ? third : Duration.ofMinutes(2);
    }

    /** At most how often a page tells the server that the person is typing or clicking there. */
    public Duration keepAliveEvery() {
        Duration quarter = timeout.dividedBy(4);
        return quarter.compareTo(Duration.ofMinutes(1)) < 0 ? quarter : Duration.ofMinutes(1);
    }
}
