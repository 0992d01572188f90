package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * Queues a chunk of a plan's unit starts as an engine job ({@link StartUnitCampaignsJobHandler}).
 * The engine has no public API for a job of one's own, so its internals are used here, and only here.
 */
final class ChunkJobs {

    private ChunkJobs() {
    }

    /**
     * A non-exclusive job: chunks of one plan run on any job executor thread (and node) at once.
     * It belongs to the plan's instance (and tenant), so a chunk that runs out of retries shows as
     * an incident on the plan in Cockpit, and cancelling the plan removes its pending chunks.
     * Sent within the delegate's command: it exists only if the plan's transaction commits.
     */
    static void queue(DelegateExecution planExecution, StartUnitCampaignsJobHandler.Chunk chunk) {
        MessageEntity job = new MessageEntity();
        job.setExecution(((ExecutionEntity) planExecution).getProcessInstance());
        job.setJobHandlerType(StartUnitCampaignsJobHandler.TYPE);
        job.setJobHandlerConfigurationRaw(chunk.toCanonicalString());
        job.setExclusive(false);
        Context.getCommandContext().getJobManager().send(job);
    }
}
