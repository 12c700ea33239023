package cn.lingyan.web;
import cn.lingyan.refusal.Refusal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command at ERROR with its stack trace (ENGINE-16004). A refused
 * form or an out-of-unit request is the user's mistake, answered with a clear message: it must not fill the
 * operators' error log. This filter drops those engine log lines when the cause is a {@link Refusal}; the HTTP
 * layer records the refusal in one line at INFO instead (see RefusalResponseFilter).
 */
@Component
class RefusalLogFilter extends TurboFilter {

    /** The engine's command context (ENGINE-16004) and its REST layer (ENGINE-REST-HTTP500). */
    private static final java.util.List<String> ENGINE_LOGGERS = java.util.List.of("org.camunda.bpm.engine.context",
            "org.camunda.bpm.engine.rest");

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || ENGINE_LOGGERS.stream().noneMatch(logger.getName()::startsWith)) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = t;
        if (cause == null && params != null) {
            for (Object param : params) {
                if (param instanceof Throwable throwable) {
                    cause = throwable;
                }
            }
        }
        return Refusal.in(cause).isPresent() ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
