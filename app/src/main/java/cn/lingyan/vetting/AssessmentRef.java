package cn.lingyan.vetting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The yearly assessment an execution or task belongs to, looked up by process instance in the archive rather than
 * taken from variables a submission could carry.
 */
record AssessmentRef(long id, AssessmentRow row) {

    static AssessmentRef of(VettingArchive archive, DelegateTask task) {
        return of(archive, task.getProcessInstanceId());
    }

    static AssessmentRef of(VettingArchive archive, DelegateExecution execution) {
        return of(archive, execution.getProcessInstanceId());
    }

    private static AssessmentRef of(VettingArchive archive, String processInstanceId) {
        AssessmentRow row = archive.findAssessmentByInstance(processInstanceId);
        if (row == null) {
            throw new IllegalStateException("Process instance " + processInstanceId + " has no archived assessment");
        }
        return new AssessmentRef(row.id(), row);
    }
}
