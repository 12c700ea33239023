package cn.lingyan.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Personal data such as the citizen identity number arrives as a process variable (a Tasklist start form
 * can submit nothing else), but must never be kept where every reader of history could see it. The
 * listener that receives it moves it into the project's archive and removes the variable; this plugin makes
 * sure no history event of such a variable (historic variable instance or detail) is ever written, nor the submitted
 * form field of that name, which the engine records separately (ACT_HI_DETAIL, type formField) on every form submit.
 */
@Component
class SensitiveVariablesPlugin extends AbstractProcessEnginePlugin {

    @ConfigurationProperties("lingyan.process")
    record Properties(@DefaultValue List<String> sensitiveVariables) {}

    private final Set<String> names;

    SensitiveVariablesPlugin(Properties properties) {
        this.names = Set.copyOf(properties.sensitiveVariables());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler handler = configuration.getHistoryEventHandler() != null ? configuration.getHistoryEventHandler()
                : new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new Filter(handler, names));
    }

    /** Passes every history event on except those of the named variables. */
    static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;
        private final Set<String> names;

        Filter(HistoryEventHandler delegate, Set<String> names) {
            this.delegate = delegate;
            this.names = names;
        }

        boolean keeps(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity update) {
                return !names.contains(update.getVariableName());
            }
            return !(event instanceof HistoricFormPropertyEventEntity field && names.contains(field.getPropertyId()));
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (keeps(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            delegate.handleEvents(events.stream().filter(this::keeps).toList());
        }
    }
}
