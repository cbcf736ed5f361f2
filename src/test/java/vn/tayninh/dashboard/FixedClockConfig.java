package vn.tayninh.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Every Spring test runs on the same day in Tây Ninh, whatever the machine's clock and time zone. */
@Configuration
public class FixedClockConfig {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 10:00 on 22/11/2026 in Tây Ninh. */
    public static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZONE);
    }
}
