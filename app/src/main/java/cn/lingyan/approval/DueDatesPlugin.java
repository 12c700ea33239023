package cn.lingyan.approval;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives user tasks whose process sets no due date the one configured for their task id
 * ({@code lingyan.reminders.default-due}), so Tasklist shows it, the filters 即将到期 / 已超期 list it and the
 * reminders fire. A due date the process sets itself (e.g. the joint review's working days) wins.
 */
@Component
class DueDatesPlugin extends AbstractProcessEnginePlugin {

    private final ReminderProperties properties;
    private final Clock clock;

    DueDatesPlugin(ReminderProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                Period due = properties.defaultDue().get(activity.getId());
                if (due != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
                        if (task.getDueDate() == null) {
                            task.setDueDate(Date.from(ZonedDateTime.now(clock).plus(due).toInstant()));
                        }
                    });
                }
            }
        });
    }
}
