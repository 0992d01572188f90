package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.workflow.FormValues;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;

/**
 * serviceTask_createDraft: a plan started from Tasklist's start form becomes a draft of the
 * initiator's agency; a plan created beforehand (import, API) arrives with its planId.
 */
@Component("createDraftDelegate")
class CreateDraftDelegate implements JavaDelegate {

    private final PlanImporter importer;
    private final PlanRepository plans;
    private final PersonRepository people;
    private final AgencyRepository agencies;
    private final DraftTargets draftTargets;

    CreateDraftDelegate(PlanImporter importer, PlanRepository plans, PersonRepository people, AgencyRepository agencies,
            DraftTargets draftTargets) {
        this.importer = importer;
        this.plans = plans;
        this.people = people;
        this.agencies = agencies;
        this.draftTargets = draftTargets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long planId = FormValues.id(execution, PlanVariables.PLAN_ID, "Mã kế hoạch");
        Plan plan;
        if (planId != null) {
            plan = plans.findById(planId).orElseThrow(() -> new InvalidInputException(PlanVariables.PLAN_ID,
                    "Không có kế hoạch mã " + planId + "."));
        } else {
            String initiator = PlanFormVariables.text(execution, "initiator");
            Person person = people.findByUsername(initiator).orElseThrow(() -> new IllegalStateException(
                    "Người khởi tạo '" + initiator + "' không thuộc UBND xã/phường nào."));
            PlanData data = new PlanData(
                    new PlanData.Document("KH", PlanFormVariables.text(execution, "title"), "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", null, null),
                    null, PlanFormVariables.text(execution, "theme"), null, null, null, null, null,
                    PlanFormVariables.date(execution, "launchDeadline", "Hạn phát động"),
                    PlanFormVariables.date(execution, "reportDeadline", "Hạn báo cáo"), null);
            plan = importer.createDraft(person.getAgencyId(), data, initiator);
            plan.setProcessInstanceId(execution.getProcessInstanceId());
            execution.setVariable(PlanVariables.PLAN_ID, plan.getId());
        }
        Agency agency = agencies.findById(plan.getAgencyId()).orElseThrow();
        execution.setVariable(PlanVariables.AGENCY_CODE, agency.getCode());
        execution.setVariable(PlanVariables.DRAFTER, plan.getCreatedBy());
        execution.setVariable(PlanVariables.REVIEW_HISTORY, "chưa có");
        draftTargets.publish(execution, plan);
        PlanFormVariables.publish(execution, plan);
    }
}
