package cn.lingyan.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The officials' clock: "now", "today" and deadlines are Beijing time on a server in any zone (see {@link BeijingTime}). */
@Configuration
class TimeConfig {

    @Bean
    Clock clock() {
        Clock clock = Clock.system(BeijingTime.ZONE);
        BeijingTime.use(clock);
        return clock;
    }
}
