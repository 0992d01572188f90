package vn.thidua.workflow.planlifecycle;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.common.validation.TextRules;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;

/** userTask_consolidate, on complete: the specialist's narrative and the deadline for award proposals. */
@Component("consolidationListener")
class ConsolidationListener implements TaskListener {

    private final PlanOfInstance planOfInstance;
    private final PlanDocuments documents;
    private final Clock clock;

    ConsolidationListener(PlanOfInstance planOfInstance, PlanDocuments documents, Clock clock) {
        this.planOfInstance = planOfInstance;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        TextRules rules = new TextRules();
        String note = rules.text(PlanLifecycleModel.CONSOLIDATION_NOTE, "Đánh giá chung", PlanFormVariables.text(task, PlanLifecycleModel.CONSOLIDATION_NOTE), 20000, true);
        rules.throwIfAny();
        LocalDate deadline = PlanFormVariables.date(task, PlanLifecycleModel.PROPOSAL_DEADLINE, "Hạn đề nghị khen thưởng");
        if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(PlanLifecycleModel.PROPOSAL_DEADLINE, "Hạn đề nghị khen thưởng phải là một ngày sau hôm nay.");
        }
        plan.setConsolidationNote(note);
        task.getExecution().setVariable(PlanLifecycleModel.PROPOSAL_DEADLINE, PlanFormVariables.endOfDay(deadline));
        PlanFormVariables.underApproval(task.getExecution(), documents.draft(plan, "BC"), "Báo cáo");
    }
}
