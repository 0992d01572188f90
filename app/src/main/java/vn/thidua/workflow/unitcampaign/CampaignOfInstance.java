package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;

/**
 * The unit's campaign a step of a unitCampaign instance acts on: the row that recorded this
 * instance when the plan's fan-out started it, checked against the plan in the business key.
 * Whatever variables someone sent with a task, they never choose the record.
 */
@Component
public class CampaignOfInstance {

    private final UnitCampaignRepository campaigns;

    CampaignOfInstance(UnitCampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    public UnitCampaign campaign(DelegateExecution execution) {
        long planId = UnitCampaignModel.planId(execution);
        String instanceId = execution.getProcessInstanceId();
        return campaigns.findByProcessInstanceId(instanceId).filter(c -> c.getPlanId() == planId)
                .orElseThrow(() -> new IllegalStateException("Không có chiến dịch của đơn vị nào gắn với quy trình "
                        + instanceId + " của kế hoạch " + planId + "."));
    }

    public UnitCampaign campaign(DelegateTask task) {
        return campaign(task.getExecution());
    }
}
