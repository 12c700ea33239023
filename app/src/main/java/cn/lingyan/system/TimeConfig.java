package cn.lingyan.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The officials' calendar: deadlines and "today" are dates in the deployment's zone (China by default). */
@Configuration
class TimeConfig {

    @Bean
    Clock clock(@Value("${lingyan.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
