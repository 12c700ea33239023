package cn.lingyan.approval;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reminder scan on its interval (first run one interval after start). Off with lingyan.reminders.enabled=false. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "lingyan.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final TaskReminders reminders;

    ReminderSchedule(TaskReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${lingyan.reminders.scan-interval:PT5M}", initialDelayString = "${lingyan.reminders.scan-interval:PT5M}")
    void scan() {
        reminders.scan();
    }
}
