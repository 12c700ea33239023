package cn.lingyan.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The ledger case and rectification cycle an execution or task belongs to, looked up by process instance in
 * the ledger rather than taken from variables a submission could carry.
 */
record CaseRef(long caseId, int cycle, CaseRow row) {

    static CaseRef of(RectificationLedger ledger, DelegateTask task) {
        return of(ledger, task.getProcessInstanceId());
    }

    static CaseRef of(RectificationLedger ledger, DelegateExecution execution) {
        return of(ledger, execution.getProcessInstanceId());
    }

    private static CaseRef of(RectificationLedger ledger, String processInstanceId) {
        CaseRow row = ledger.findCaseByInstance(processInstanceId);
        if (row == null) {
            throw new IllegalStateException("Process instance " + processInstanceId + " has no ledger case");
        }
        return new CaseRef(row.id(), row.cycle(), row);
    }
}
