package cn.lingyan;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Plays the job executor for a Camunda batch: its seed job, its batch jobs and its monitor job, until it is done. */
@Component
public class BatchDriver {

    private final ManagementService managementService;

    BatchDriver(ManagementService managementService) {
        this.managementService = managementService;
    }

    public void run(String batchId) {
        for (int round = 0; round < 20; round++) {
            Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
            if (batch == null) {
                return;
            }
            for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId())) {
                for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                    managementService.executeJob(job.getId());
                }
            }
        }
        throw new AssertionError("Batch " + batchId + " does not finish");
    }
}
