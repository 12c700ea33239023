package cn.lingyan.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filter columns (村, 乡镇, 事项) read variables the user may see. A candidate may read the task but not
 * the whole process instance (that would open every variable of the case), so each new user task gets its own
 * copy of the few label variables, which its candidates and assignee can read.
 */
@Component
class TaskLabelsPlugin extends AbstractProcessEnginePlugin {

    @ConfigurationProperties("lingyan.tasklist")
    record Properties(@DefaultValue({"villageName", "townshipName", "caseTitle"}) List<String> labelVariables) {}

    private final List<String> labels;

    TaskLabelsPlugin(Properties properties) {
        this.labels = List.copyOf(properties.labelVariables());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener copyLabels = this::copyLabels;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, copyLabels);
                }
            }
        });
    }

    void copyLabels(DelegateTask task) {
        for (String name : labels) {
            Object value = task.getExecution() == null ? null : task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
