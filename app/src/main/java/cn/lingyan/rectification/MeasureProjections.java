package cn.lingyan.rectification;

import cn.lingyan.system.PlainValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The plan's task list (任务清单) as the forms show it, always built from the ledger rows of the case's cycle:
 * {@code measureStatus}, the read-only table of later forms, and {@code measureProgress}, the list the monthly
 * report and the request for acceptance edit.
 */
@Component
class MeasureProjections {

    private static final Map<String, String> STATUS_TEXT = Map.of("NOT_STARTED", "未开始", "IN_PROGRESS", "推进中",
            MeasureRow.DONE, "已完成");

    private final RectificationLedger ledger;

    MeasureProjections(RectificationLedger ledger) {
        this.ledger = ledger;
    }

    /** Publishes each measure with its status in words on the process instance; returns the rows it read. */
    List<MeasureRow> publishStatus(DelegateExecution execution, CaseRef ref) {
        List<MeasureRow> measures = ledger.findMeasures(ref.caseId(), ref.cycle());
        List<Map<String, Object>> rows = measures.stream().map(m -> Map.<String, Object>of("measureNo", m.seq(),
                "measure", m.measure(), "owner", m.owner(), "dueDate", m.dueDate().toString(),
                "statusText", STATUS_TEXT.getOrDefault(m.status(), m.status()),
                "evidence", m.evidence() == null ? "" : m.evidence())).toList();
        execution.getProcessInstance().setVariable("measureStatus", PlainValues.json(rows));
        return measures;
    }

    /** The editable list: number and measure to show, status and evidence to change. */
    SpinJsonNode progress(CaseRef ref) {
        return PlainValues.json(ledger.findMeasures(ref.caseId(), ref.cycle()).stream().map(m -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("measureNo", m.seq());
            item.put("measure", m.measure());
            item.put("status", m.status());
            item.put("evidence", m.evidence() == null ? "" : m.evidence());
            return item;
        }).toList());
    }
}
