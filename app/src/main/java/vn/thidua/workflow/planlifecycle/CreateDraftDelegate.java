package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.JsonVariables;

/**
 * serviceTask_createDraft: binds the new instance to its plan, both ways: the business key is the
 * plan's id and the plan row records the instance. A plan created beforehand (import, API) arrives
 * as the business key (PlanProcess); a plan started from Tasklist's start form becomes a new draft
 * of the logged-in specialist's own ward, attributed to that person.
 */
@Component("createDraftDelegate")
class CreateDraftDelegate implements JavaDelegate {

    private final PlanImporter importer;
    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final PersonRepository people;
    private final DraftTargets draftTargets;

    CreateDraftDelegate(PlanImporter importer, PlanRepository plans, AgencyRepository agencies, PersonRepository people,
            DraftTargets draftTargets) {
        this.importer = importer;
        this.plans = plans;
        this.agencies = agencies;
        this.people = people;
        this.draftTargets = draftTargets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        Plan plan = businessKey == null || businessKey.isEmpty() ? draftFromStartForm(execution) : draftedBefore(execution);
        plan.setProcessInstanceId(execution.getProcessInstanceId());
        Agency agency = agencies.findById(plan.getAgencyId()).orElseThrow();
        if (!agency.getCode().equals(execution.getTenantId())) {
            // The tenant decides who sees the instance: it must be the plan's own ward.
            throw new IllegalStateException("Quy trình thuộc " + execution.getTenantId() + " nhưng kế hoạch thuộc " + agency.getCode());
        }
        execution.setVariable(PlanLifecycleModel.PLAN_ID, plan.getId());
        execution.setVariable(PlanLifecycleModel.AGENCY_CODE, agency.getCode());
        execution.setVariable(PlanLifecycleModel.DRAFTER, plan.getCreatedBy());
        execution.setVariable(PlanLifecycleModel.REVIEW_HISTORY, "chưa có");
        draftTargets.publish(execution, plan);
        PlanFormVariables.publish(execution, plan);
    }

    /** Imported or created through the API: one lifecycle per plan. */
    private Plan draftedBefore(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        Plan plan = plans.findById(planId).orElseThrow(() -> new InvalidInputException(null, "Không có kế hoạch số " + planId + "."));
        if (plan.getProcessInstanceId() != null) {
            throw new InvalidInputException(null, "Kế hoạch số " + planId + " đã được khởi tạo quy trình.");
        }
        return plan;
    }

    private Plan draftFromStartForm(DelegateExecution execution) {
        // The logged-in person, never an "initiator" or "agencyCode" variable (PlanStartRules refuses those
        // when they name someone else); checked again here, where the plan is written.
        String initiator = ActingUser.starting(execution);
        Person person = people.findByUsername(initiator).filter(p -> p.hasRole(Role.SPECIALIST))
                .orElseThrow(() -> new IllegalStateException("Người khởi tạo " + initiator
                        + " không phải chuyên viên thi đua - khen thưởng của UBND xã/phường nào."));
        PlanData data = new PlanData(
                new PlanData.Document("KH", PlanFormVariables.text(execution, PlanLifecycleModel.TITLE), "CHỦ TỊCH",
                        "TM. ỦY BAN NHÂN DÂN", null, null),
                null, PlanFormVariables.text(execution, PlanLifecycleModel.THEME), null, null, null, null, null,
                PlanFormVariables.date(execution, PlanLifecycleModel.LAUNCH_DEADLINE, "Hạn phát động"),
                PlanFormVariables.date(execution, PlanLifecycleModel.REPORT_DEADLINE, "Hạn báo cáo"), null);
        Plan plan = importer.createDraft(person.getAgencyId(), data, initiator);
        execution.setProcessBusinessKey(PlanLifecycleModel.businessKey(plan.getId()));
        return plan;
    }
}
