package vn.thidua.workflow.planlifecycle;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardRoundService;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.unitcampaign.UnitCampaignProcess;

/**
 * serviceTask_openAwardProposals: opens the plan's award round (the deadline the specialist set at
 * consolidation, validated and stored by its listener), then every unit that has reported gets its
 * "propose awards" task; the plan waits for as many proposals as units were opened.
 */
@Component("openAwardProposalsDelegate")
class OpenAwardProposalsDelegate implements JavaDelegate {

    private final UnitCampaignProcess unitCampaigns;
    private final PlanRepository plans;
    private final AwardRoundService rounds;

    OpenAwardProposalsDelegate(UnitCampaignProcess unitCampaigns, PlanRepository plans, AwardRoundService rounds) {
        this.unitCampaigns = unitCampaigns;
        this.plans = plans;
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        Object deadline = execution.getVariable(PlanLifecycleModel.PROPOSAL_DEADLINE);
        LocalDate lastDay = deadline instanceof Date d ? d.toInstant().atZone(VietnameseDates.VIETNAM).toLocalDate() : null;
        rounds.open(planId, lastDay);
        int opened = unitCampaigns.openAwardProposals(planId, deadline);
        plans.setProposalsPending(planId, opened);
    }
}
