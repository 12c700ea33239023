package cn.lingyan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** The history filter drops exactly the events of sensitive variables and their submitted form fields, singly and in batches. */
class SensitiveVariablesFilterTest {

    @Test
    void dropsOnlySensitiveVariableEvents() {
        List<HistoryEvent> passed = new ArrayList<>();
        HistoryEventHandler sink = new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                passed.add(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                passed.addAll(events);
            }
        };
        SensitiveVariablesPlugin.Filter filter = new SensitiveVariablesPlugin.Filter(sink, Set.of("idNumber"));
        HistoricVariableUpdateEventEntity secret = variable("idNumber");
        HistoricVariableUpdateEventEntity masked = variable("idNumberMasked");
        HistoricProcessInstanceEventEntity instance = new HistoricProcessInstanceEventEntity();

        HistoricFormPropertyEventEntity submitted = formField("idNumber");
        HistoricFormPropertyEventEntity name = formField("candidateName");

        filter.handleEvent(secret);
        filter.handleEvent(masked);
        filter.handleEvent(submitted);
        filter.handleEvents(List.of(secret, instance, masked, submitted, name));

        assertThat(passed).containsExactly(masked, instance, masked, name);
    }

    private static HistoricFormPropertyEventEntity formField(String name) {
        HistoricFormPropertyEventEntity event = new HistoricFormPropertyEventEntity();
        event.setPropertyId(name);
        return event;
    }

    private static HistoricVariableUpdateEventEntity variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }
}
