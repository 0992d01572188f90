package vn.thidua.workflow.planlifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardService;
import vn.thidua.workflow.FormValues;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/** userTask_councilReview, on complete: the tallies per candidate; the result follows the voting rules. */
@Component("councilVoteListener")
class CouncilVoteListener implements TaskListener {

    private final AwardService awards;
    private final PlanService plans;
    private final PlanRepository planRepository;
    private final PlanDocuments documents;

    CouncilVoteListener(AwardService awards, PlanService plans, PlanRepository planRepository, PlanDocuments documents) {
        this.awards = awards;
        this.plans = plans;
        this.planRepository = planRepository;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(PlanVariables.PLAN_ID)).longValue();
        int size = ((Number) task.getVariable(PlanVariables.COUNCIL_SIZE)).intValue();
        Integer present = FormValues.integer(task, PlanVariables.COUNCIL_PRESENT, "Số thành viên dự họp");
        if (present == null) {
            throw new InvalidInputException(PlanVariables.COUNCIL_PRESENT, "Số thành viên dự họp là bắt buộc.");
        }
        List<AwardService.Vote> votes = JsonVariables.read(task.getVariable(PlanVariables.VOTES),
                new TypeReference<List<AwardService.Vote>>() { }, PlanVariables.VOTES);
        awards.recordVotes(planId, size, present, votes);
        plans.moveTo(planId, PlanStatus.AWARD_DECISION);
        Plan plan = planRepository.findById(planId).orElseThrow();
        documents.submitAwards(plan, task.getAssignee());
        PlanFormVariables.underApproval(task.getExecution(), documents.draft(plan, "QD"), "Quyết định");
    }
}
