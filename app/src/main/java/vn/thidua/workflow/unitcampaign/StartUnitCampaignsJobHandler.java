package vn.thidua.workflow.unitcampaign;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The job that starts one chunk of a plan's unit campaigns (queued by serviceTask_startUnitCampaigns).
 * It runs in the job executor's transaction: a failure rolls back every start of the chunk and the
 * engine retries the job like any other.
 */
@Component
class StartUnitCampaignsJobHandler extends AbstractProcessEnginePlugin implements JobHandler<StartUnitCampaignsJobHandler.Chunk> {

    static final String TYPE = "thidua-start-unit-campaigns";

    /** The plan, the first and last unit_campaign id of the chunk, and the plan's process instance. */
    record Chunk(long planId, long firstCampaignId, long lastCampaignId, String planInstanceId) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return planId + ":" + firstCampaignId + ":" + lastCampaignId + ":" + planInstanceId;
        }

        static Chunk parse(String text) {
            String[] p = text.split(":", 4);
            return new Chunk(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]);
        }
    }

    private final ObjectProvider<UnitCampaignProcess> starter;

    StartUnitCampaignsJobHandler(ObjectProvider<UnitCampaignProcess> starter) {
        this.starter = starter;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().add(this);
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Chunk chunk, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        starter.getObject().start(chunk);
    }

    @Override
    public Chunk newConfiguration(String canonicalString) {
        return Chunk.parse(canonicalString);
    }

    @Override
    public void onDelete(Chunk configuration, JobEntity jobEntity) {
        // nothing to clean up: the rows stay, a new chunk job would start what is missing
    }
}
