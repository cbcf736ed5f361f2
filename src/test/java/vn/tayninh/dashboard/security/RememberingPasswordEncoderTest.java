package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Only a password just verified against the same stored hash skips bcrypt, and only for five minutes. */
class RememberingPasswordEncoderTest {

    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T03:00:00Z"));
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }, clock);

    @Test
    void theRightPasswordIsCheckedOnceThenRememberedForFiveMinutes() {
        String stored = encoder.encode("matkhau12345");
        assertThat(stored).startsWith("{bcrypt}");

        assertThat(encoder.matches("matkhau12345", stored)).isTrue();
        assertThat(encoder.matches("matkhau12345", stored)).isTrue();
        clock.move(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(encoder.matches("matkhau12345", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(1);

        clock.move(Duration.ofSeconds(1));
        assertThat(encoder.matches("matkhau12345", stored)).isTrue();
        assertThat(bcryptChecks).as("five minutes later: checked again").hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
        String stored = encoder.encode("matkhau12345");
        assertThat(encoder.matches("matkhau12345", stored)).isTrue();

        for (int i = 0; i < 3; i++) {
            assertThat(encoder.matches("matkhau12346", stored)).isFalse();
        }
        assertThat(bcryptChecks).hasValue(4);
        assertThat(encoder.matches("", stored)).isFalse();
        assertThat(encoder.matches(null, stored)).isFalse();
    }

    @Test
    void aNewStoredHashMatchesNothingRemembered() {
        String before = encoder.encode("matkhau12345");
        assertThat(encoder.matches("matkhau12345", before)).isTrue();

        String after = encoder.encode("matkhaumoi2026");
        assertThat(encoder.matches("matkhau12345", after)).as("the old password against the new hash").isFalse();
        assertThat(encoder.matches("matkhaumoi2026", after)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void theSamePasswordOfAnotherAccountIsCheckedAgainstItsOwnHash() {
        String first = encoder.encode("demo1234567");
        String second = encoder.encode("demo1234567");
        assertThat(encoder.matches("demo1234567", first)).isTrue();
        assertThat(encoder.matches("demo1234567", second)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
