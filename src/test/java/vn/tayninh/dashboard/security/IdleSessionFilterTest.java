package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/** The idle clock: every request of a signed-in session counts except Vaadin's heartbeats. */
class IdleSessionFilterTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final IdleSessionFilter filter = new IdleSessionFilter(new IdleSessions(TIMEOUT), clock);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void heartbeatsAloneEndTheSessionAfterTheTimeout() throws Exception {
        MockHttpServletRequest signedIn = request("v-r=uidl&v-uiId=0");
        send(signedIn);

        now = now.plus(TIMEOUT.minusSeconds(1));
        send(request("v-r=heartbeat&v-uiId=0"));
        assertThat(session.isInvalid()).isFalse();

        now = now.plusSeconds(2);
        MockHttpServletRequest heartbeat = request("v-r=heartbeat&v-uiId=0");
        send(heartbeat);

        assertThat(session.isInvalid()).isTrue();
        assertThat(heartbeat.getSession(false).getAttribute(SignInReason.ATTRIBUTE)).isEqualTo(SignInReason.EXPIRED);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anyOtherRequestRestartsTheClock() throws Exception {
        session.setMaxInactiveInterval((int) TIMEOUT.toSeconds());
        send(request(null));
        now = now.plus(TIMEOUT.minusSeconds(1));
        send(request("v-r=uidl&v-uiId=0"));
        now = now.plus(TIMEOUT.minusSeconds(1));

        send(request("v-r=heartbeat&v-uiId=0"));

        assertThat(session.isInvalid()).isFalse();
        // the container's timeout never ends an open page's session before this clock does
        assertThat(session.getMaxInactiveInterval()).isEqualTo(36 * 60);
    }

    @Test
    void anAnonymousSessionHasNoClock() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.getAttribute(IdleSessionFilter.LAST_ACTIVITY)).isNull();
    }

    @Test
    void warnsTwoMinutesBeforeAndAThirdOfAShortTimeout() {
        assertThat(new IdleSessions(TIMEOUT).warnBefore()).isEqualTo(Duration.ofMinutes(2));
        assertThat(new IdleSessions(Duration.ofSeconds(30)).warnBefore()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new IdleSessions(Duration.ofSeconds(30)).keepAliveEvery()).isEqualTo(Duration.ofMillis(7500));
    }

    private MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        return request;
    }

    private void send(MockHttpServletRequest request) throws Exception {
        AppUser account = new AppUser("lanhdao", "{noop}x", "Lãnh đạo", Role.LEADER, null);
        ReflectionTestUtils.setField(account, "id", 7L);
        AppUserDetails principal = new AppUserDetails(account, now);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
