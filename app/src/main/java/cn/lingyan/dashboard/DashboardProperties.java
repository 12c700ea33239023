package cn.lingyan.dashboard;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's settings (lingyan.dashboard): which stage each step of each process counts under in 办理时效
 * (process key → task key → stage; checked against the models in a test), and the monthly ranking's weight per
 * overdue item [A].
 */
@ConfigurationProperties("lingyan.dashboard")
public record DashboardProperties(@DefaultValue Map<String, Map<String, String>> stages,
        @DefaultValue("10") int rankingOverdueWeight) {

    /** The stage of a step; 其他 for a step no stage lists. */
    String stageOf(String process, String taskKey) {
        return stages.getOrDefault(process, Map.of()).getOrDefault(taskKey, "其他");
    }
}
