package cn.lingyan.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries the system needs on behalf of a user (e.g. "is this user a county leader?")
 * without the user's own authorization and tenant checks. Reuses the current command context when there is one,
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

    /**
     * Runs {@code work} as the system itself: no signed-in user for its duration, so each engine call is its own
     * command without authorization checks. For changes a user may ask for but holds no engine permission for
     * (e.g. moving a case back a step), after the caller has checked the user's right to ask.
     */
    public <T> T asSystem(Supplier<T> work) {
        var identityService = configuration.getIdentityService();
        var authentication = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (authentication != null) {
                identityService.setAuthentication(authentication);
            }
        }
    }

    /** Authorization and tenant checks off: the system sees every county's records and rules. */
    private static <T> T withChecksOff(CommandContext commandContext, Supplier<T> work) {
        boolean authorizationWasEnabled = commandContext.isAuthorizationCheckEnabled();
        boolean tenantWasEnabled = commandContext.isTenantCheckEnabled();
        commandContext.disableAuthorizationCheck();
        commandContext.disableTenantCheck();
        try {
            return work.get();
        } finally {
            if (authorizationWasEnabled) {
                commandContext.enableAuthorizationCheck();
            }
            if (tenantWasEnabled) {
                commandContext.enableTenantCheck();
            }
        }
    }
}
