package cn.lingyan.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The registered matter an execution or task belongs to, looked up by process instance in the decision register
 * rather than taken from variables a submission could carry.
 */
record MatterRef(long id, MatterRow row) {

    static MatterRef of(DecisionRegister register, DelegateTask task) {
        return of(register, task.getProcessInstanceId());
    }

    static MatterRef of(DecisionRegister register, DelegateExecution execution) {
        return of(register, execution.getProcessInstanceId());
    }

    private static MatterRef of(DecisionRegister register, String processInstanceId) {
        MatterRow row = register.findMatterByInstance(processInstanceId);
        if (row == null) {
            throw new IllegalStateException("Process instance " + processInstanceId + " has no registered matter");
        }
        return new MatterRef(row.id(), row);
    }
}
