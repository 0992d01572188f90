package vn.thidua.workflow.unitcampaign;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaignRows;
import vn.thidua.plan.PlanRepository;

/**
 * serviceTask_startUnitCampaigns: one independent unitCampaign instance per addressed unit, not a
 * multi-instance inside the plan, so no step of one unit ever touches another unit's executions.
 *
 * <p>This job only writes one {@code unit_campaign} row per unit (one JDBC batch), sets the
 * plan's counters and queues the starts as chunk jobs ({@link StartUnitCampaignsJobHandler}) that
 * the job executor runs in parallel, each in its own short transaction: the cost per unit stays
 * the same whatever the number of units. A chunk starts only rows that have no instance yet, under
 * a row lock, so a retried or repeated chunk never starts a unit twice.
 */
@Component("startUnitCampaignsDelegate")
class StartUnitCampaignsDelegate implements JavaDelegate {

    private final PlanRepository plans;
    private final UnitCampaignRows rows;
    private final int chunkSize;

    StartUnitCampaignsDelegate(PlanRepository plans, UnitCampaignRows rows,
            @Value("${thidua.campaign.start-chunk-size:50}") int chunkSize) {
        this.plans = plans;
        this.rows = rows;
        this.chunkSize = Math.max(1, chunkSize);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable("planId")).longValue();
        plans.startCounters(planId, rows.addMissing(planId));
        List<Long> toStart = rows.unstartedIds(planId);
        for (int from = 0; from < toStart.size(); from += chunkSize) {
            List<Long> chunk = toStart.subList(from, Math.min(toStart.size(), from + chunkSize));
            ChunkJobs.queue(execution, new StartUnitCampaignsJobHandler.Chunk(planId, chunk.get(0), chunk.get(chunk.size() - 1),
                    execution.getProcessInstanceId()));
        }
    }
}
