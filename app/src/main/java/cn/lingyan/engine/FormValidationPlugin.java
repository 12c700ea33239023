package cn.lingyan.engine;
import cn.lingyan.system.PlainValues;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Tasklist checks a Camunda Form only in the browser. This plugin checks every completion of a user task
 * that has a {@code camunda:formRef} against the same deployed form, on the server, before any other
 * complete listener runs; a refusal rolls the whole completion back.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
                        && behavior.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, LISTENER);
                }
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formRef != null && scope instanceof ProcessDefinitionImpl process) {
                    // built-in listeners run before the process's own start listeners
                    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, new StartFormListener(formRef));
                }
            }
        });
    }

    private static final ValidatingListener LISTENER = new ValidatingListener();

    static final class ValidatingListener implements TaskListener {

        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final Map<String, Map<String, Object>> schemas = new ConcurrentHashMap<>();

        @Override
        public void notify(DelegateTask task) {
            Map<String, Object> schema = schemas.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                    key -> loadSchema(task));
            Map<String, Object> values = new HashMap<>(task.getVariables());
            List<String> problems = new FormSchemaValidator(FormValidationPlugin::feelIsTrue).validate(schema, values);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, String.join("；", problems));
            }
        }

        /**
         * The form the task was deployed with (formRefBinding="deployment"), read straight from the deployment:
         * the completing user needs no read permission on definitions for the server to check their input.
         */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> loadSchema(DelegateTask task) {
            TaskDefinition definition = ((TaskEntity) task).getTaskDefinition();
            String key = String.valueOf(definition.getCamundaFormDefinitionKey().getValue(task));
            if (!"deployment".equals(definition.getCamundaFormDefinitionBinding())) {
                throw new IllegalStateException("Form " + key + " must use formRefBinding=\"deployment\"");
            }
            String deploymentId = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
            return formOf(deploymentId, key);
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> formOf(String deploymentId, String key) {
            for (ResourceEntity resource : Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId)) {
                if (!resource.getName().endsWith(".form")) {
                    continue;
                }
                try {
                    Map<String, Object> schema = MAPPER.readValue(resource.getBytes(), Map.class);
                    if (key.equals(schema.get("id"))) {
                        return schema;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Form resource " + resource.getName() + " is not valid JSON", e);
                }
            }
            throw new IllegalStateException("Form " + key + " is not in deployment " + deploymentId);
        }
    }

    /** Checks the variables a process starts with against its deployed start form, like a task completion. */
    static final class StartFormListener implements ExecutionListener {

        private final String formKey;
        private final Map<String, Map<String, Object>> schemas = new ConcurrentHashMap<>();

        StartFormListener(String formKey) {
            this.formKey = formKey;
        }

        @Override
        public void notify(DelegateExecution execution) {
            Map<String, Object> schema = schemas.computeIfAbsent(execution.getProcessDefinitionId(), id -> {
                String deploymentId = Context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(id).getDeploymentId();
                return ValidatingListener.formOf(deploymentId, formKey);
            });
            List<String> problems = new FormSchemaValidator(FormValidationPlugin::feelIsTrue)
                    .validate(schema, new HashMap<>(execution.getVariables()));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, String.join("；", problems));
            }
        }
    }

    static boolean feelIsTrue(String expression, Map<String, Object> variables) {
        FeelEngine feel = ((DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration().getDmnEngineConfiguration())
                .getFeelEngine();
        Map<String, Object> plain = new HashMap<>();
        variables.forEach((name, value) -> plain.put(name, PlainValues.of(value)));
        Object result = feel.evaluateSimpleExpression(expression, Variables.fromMap(plain).asVariableContext());
        return Boolean.TRUE.equals(result);
    }
}
