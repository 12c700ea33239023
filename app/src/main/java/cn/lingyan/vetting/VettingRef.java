package cn.lingyan.vetting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The archived vetting an execution or task belongs to, looked up by process instance in the archive rather than
 * taken from variables a submission could carry.
 */
record VettingRef(long id, VettingRow row) {

    static VettingRef of(VettingArchive archive, DelegateTask task) {
        return of(archive, task.getProcessInstanceId());
    }

    static VettingRef of(VettingArchive archive, DelegateExecution execution) {
        return of(archive, execution.getProcessInstanceId());
    }

    private static VettingRef of(VettingArchive archive, String processInstanceId) {
        VettingRow row = archive.findVettingByInstance(processInstanceId);
        if (row == null) {
            throw new IllegalStateException("Process instance " + processInstanceId + " has no archived vetting");
        }
        return new VettingRef(row.id(), row);
    }
}
