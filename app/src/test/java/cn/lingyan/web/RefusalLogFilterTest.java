package cn.lingyan.web;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusalLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final RefusalLogFilter filter = new RefusalLogFilter();

    @Test
    void engineErrorLinesCausedByARefusalAreDropped() {
        Throwable wrapped = new ProcessEngineException("ENGINE-03051",
                new ProcessEngineException("listener", new InvalidInputException(ErrorCode.FORM_INVALID, "「得分」为必填项")));
        assertThat(decide("org.camunda.bpm.engine.context", wrapped)).isEqualTo(FilterReply.DENY);
        assertThat(decide("org.camunda.bpm.engine.context", new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "u", "990101")))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide("org.camunda.bpm.engine.rest.exception", new RuntimeException("Cannot submit task form", wrapped)))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void realFaultsAndOtherLoggersAreKept() {
        assertThat(decide("org.camunda.bpm.engine.context", new ProcessEngineException("database down"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.camunda.bpm.engine.context", null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("cn.lingyan.rectification", new InvalidInputException(ErrorCode.FORM_INVALID, "x")))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String loggerName, Throwable throwable) {
        return filter.decide(null, context.getLogger(loggerName), Level.ERROR, "ENGINE-16004 {}", new Object[] {"msg"}, throwable);
    }
}
