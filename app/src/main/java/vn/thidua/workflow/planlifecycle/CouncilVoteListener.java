package vn.thidua.workflow.planlifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardService;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.PlanDocuments;
import vn.thidua.organisation.CouncilMemberRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.workflow.FormValues;
import vn.thidua.workflow.JsonVariables;

/** userTask_councilReview, on complete: the tallies per candidate; the result follows the voting rules. */
@Component("councilVoteListener")
class CouncilVoteListener implements TaskListener {

    private final AwardService awards;
    private final PlanService plans;
    private final PlanOfInstance planOfInstance;
    private final CouncilMemberRepository council;
    private final PlanDocuments documents;

    CouncilVoteListener(AwardService awards, PlanService plans, PlanOfInstance planOfInstance, CouncilMemberRepository council,
            PlanDocuments documents) {
        this.awards = awards;
        this.plans = plans;
        this.planOfInstance = planOfInstance;
        this.council = council;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        // The council's size is counted again from our table: the form only shows it.
        int size = council.findByAgencyIdOrderByPosition(plan.getAgencyId()).size();
        Integer present = FormValues.integer(task, PlanLifecycleModel.COUNCIL_PRESENT, "Số thành viên dự họp");
        if (present == null) {
            throw new InvalidInputException(PlanLifecycleModel.COUNCIL_PRESENT, "Số thành viên dự họp là bắt buộc.");
        }
        List<AwardService.Vote> votes = JsonVariables.read(task.getVariable(PlanLifecycleModel.VOTES),
                new TypeReference<List<AwardService.Vote>>() { }, PlanLifecycleModel.VOTES);
        awards.recordVotes(plan.getId(), size, present, votes);
        plans.moveTo(plan.getId(), PlanStatus.AWARD_DECISION);
        documents.submitAwards(plan, task.getAssignee());
        PlanFormVariables.underApproval(task.getExecution(), documents.draft(plan, "QD"), "Quyết định");
    }
}
