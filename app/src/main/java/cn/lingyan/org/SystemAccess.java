package cn.lingyan.org;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries the system needs on behalf of a user (e.g. "is this user a county leader?")
 * without the user's own authorization checks. Reuses the current command context when there is one,
 * restoring its previous check state afterwards.
 */
@Component
public class SystemAccess {

    private final ProcessEngineConfigurationImpl configuration;

    SystemAccess(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public <T> T call(Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> withChecksOff(commandContext, work));
    }

    private static <T> T withChecksOff(CommandContext commandContext, Supplier<T> work) {
        boolean wasEnabled = commandContext.isAuthorizationCheckEnabled();
        commandContext.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            if (wasEnabled) {
                commandContext.enableAuthorizationCheck();
            }
        }
    }
}
