package vn.tayninh.dashboard.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product's clock, in the province's time zone; tests replace it to fix "today". */
@Configuration
class ClockConfig {

    static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PROVINCE_ZONE);
    }
}
