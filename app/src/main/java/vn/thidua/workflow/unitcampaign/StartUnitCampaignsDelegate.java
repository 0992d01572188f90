package vn.thidua.workflow.unitcampaign;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

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
    private final JdbcTemplate jdbc;
    private final int chunkSize;

    StartUnitCampaignsDelegate(PlanRepository plans, JdbcTemplate jdbc,
            @Value("${thidua.campaign.start-chunk-size:50}") int chunkSize) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.chunkSize = Math.max(1, chunkSize);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        List<Object[]> missing = jdbc.queryForList("SELECT a.unit_id FROM plan_addressee a WHERE a.plan_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM unit_campaign c WHERE c.plan_id = a.plan_id AND c.unit_id = a.unit_id) ORDER BY a.unit_id",
                Long.class, planId).stream().map(unit -> new Object[] {planId, unit}).toList();
        jdbc.batchUpdate("INSERT INTO unit_campaign (plan_id, unit_id, status, launch_overdue, report_overdue)"
                + " VALUES (?, ?, 'STARTED', FALSE, FALSE)", missing);
        Integer units = jdbc.queryForObject("SELECT COUNT(*) FROM unit_campaign WHERE plan_id = ?", Integer.class, planId);
        plans.startCounters(planId, units == null ? 0 : units);
        List<Long> toStart = jdbc.queryForList(
                "SELECT id FROM unit_campaign WHERE plan_id = ? AND process_instance_id IS NULL ORDER BY id", Long.class, planId);
        ExecutionEntity planInstance = ((ExecutionEntity) execution).getProcessInstance();
        for (int from = 0; from < toStart.size(); from += chunkSize) {
            List<Long> chunk = toStart.subList(from, Math.min(toStart.size(), from + chunkSize));
            queue(new StartUnitCampaignsJobHandler.Chunk(planId, chunk.get(0), chunk.get(chunk.size() - 1),
                    execution.getProcessInstanceId()), planInstance);
        }
    }

    /**
     * A non-exclusive job: chunks of one plan run on any job executor thread (and node) at once.
     * It belongs to the plan's instance (and tenant), so a chunk that runs out of retries shows as
     * an incident on the plan in Cockpit, and cancelling the plan removes its pending chunks.
     */
    private static void queue(StartUnitCampaignsJobHandler.Chunk chunk, ExecutionEntity planInstance) {
        MessageEntity job = new MessageEntity();
        job.setExecution(planInstance);
        job.setJobHandlerType(StartUnitCampaignsJobHandler.TYPE);
        job.setJobHandlerConfigurationRaw(chunk.toCanonicalString());
        job.setExclusive(false);
        Context.getCommandContext().getJobManager().send(job);
    }
}
