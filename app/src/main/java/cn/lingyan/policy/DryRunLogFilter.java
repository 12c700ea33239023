package cn.lingyan.policy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command at ERROR with its stack trace (ENGINE-16004). In a
 * {@link MigrationDryRun} the engine's refusal is the answer asked for (this case cannot move, because …) and goes
 * into the plan; it must not fill the operators' error log once per blocked case and per look.
 */
@Component
class DryRunLogFilter extends TurboFilter {

    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    DryRunLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return logger != null && logger.getName().startsWith(ENGINE_CONTEXT) && MigrationDryRun.running() ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
