package cn.lingyan.engine;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Some process variables steer the process: the village code routes every task to its units, the case id
 * ties the instance to its ledger rows, the extension count limits extensions. A user who may complete or
 * update a task could otherwise overwrite them with the submitted variables (REST complete, submit-form,
 * PUT variables) and route work to another village. This guard refuses any such write by a signed-in user
 * other than an administrator; the process's own listeners and delegates set them freely.
 */
@Component
class ProtectedVariablesPlugin extends AbstractProcessEnginePlugin {

    @ConfigurationProperties("lingyan.process")
    record Properties(@DefaultValue List<String> protectedVariables) {}

    private final Set<String> names;

    ProtectedVariablesPlugin(Properties properties) {
        this.names = Set.copyOf(properties.protectedVariables());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration, names));
    }

    static final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;
        private final Set<String> protectedNames;

        Guard(ProcessEngineConfigurationImpl configuration, Set<String> protectedNames) {
            this.configuration = configuration;
            this.protectedNames = protectedNames;
        }

        @Override
        public <T> T execute(Command<T> command) {
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (user != null && (user.getGroupIds() == null || !user.getGroupIds().contains("camunda-admin"))) {
                Set<String> touched = namesWritten(command);
                touched.retainAll(protectedNames);
                if (!touched.isEmpty()) {
                    throw new InvalidInputException(ErrorCode.PROTECTED_VARIABLE, String.join("、", touched));
                }
            }
            return next.execute(command);
        }

        static Set<String> namesWritten(Command<?> command) {
            Set<String> written = new LinkedHashSet<>();
            if (command instanceof CompleteTaskCmd) {
                addKeys(written, read(command, "variables"));
            } else if (command instanceof SubmitTaskFormCmd) {
                addKeys(written, read(command, "properties"));
            } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
                addKeys(written, read(command, "variables"));
                if (command instanceof AbstractPatchVariablesCmd && read(command, "deletions") instanceof Collection<?> deletions) {
                    deletions.forEach(name -> written.add(String.valueOf(name)));
                }
            } else if (command instanceof AbstractRemoveVariableCmd && read(command, "variableNames") instanceof Collection<?> removed) {
                removed.forEach(name -> written.add(String.valueOf(name)));
            }
            return written;
        }

        private static void addKeys(Set<String> into, Object variables) {
            if (variables instanceof Map<?, ?> map) {
                map.keySet().forEach(name -> into.add(String.valueOf(name)));
            }
        }

        private static Object read(Object command, String fieldName) {
            Field field = ReflectionUtils.findField(command.getClass(), fieldName);
            if (field == null) {
                throw new IllegalStateException(command.getClass().getName() + " has no field " + fieldName);
            }
            ReflectionUtils.makeAccessible(field);
            return ReflectionUtils.getField(field, command);
        }
    }
}
