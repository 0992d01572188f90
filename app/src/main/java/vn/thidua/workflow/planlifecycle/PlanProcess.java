package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;

/** The one client of planLifecycle: starts a plan's instance and sends it its messages. */
@Component
public class PlanProcess {

    private final RuntimeService runtime;
    private final PlanRepository plans;
    private final AgencyRepository agencies;

    PlanProcess(RuntimeService runtime, PlanRepository plans, AgencyRepository agencies) {
        this.runtime = runtime;
        this.plans = plans;
        this.agencies = agencies;
    }

    /**
     * Starts the lifecycle of a plan already in our tables (imported, or created through the API):
     * business key = the plan's id, ward = the plan's agency; the instance records itself on the
     * plan row (serviceTask_createDraft). Call as the drafting official (see ActingAs) to record who
     * started it: the engine then checks that person may start a plan of this ward (PlanStartRules).
     */
    @Transactional
    public String start(long planId) {
        Plan plan = plans.findById(planId).orElseThrow();
        String agencyCode = agencies.findById(plan.getAgencyId()).orElseThrow().getCode();
        return runtime.createProcessInstanceByKey(PlanLifecycleModel.PROCESS_KEY)
                .businessKey(PlanLifecycleModel.businessKey(planId))
                .setVariable(PlanLifecycleModel.AGENCY_CODE, agencyCode)
                .execute().getId();
    }

    /** The last unit's final report wakes the plan (it may be waiting for the deadline or not at all). */
    public void allUnitsReported(long planId) {
        correlate(PlanLifecycleModel.MESSAGE_ALL_UNITS_REPORTED, planId);
    }

    public void allProposalsSubmitted(long planId) {
        correlate(PlanLifecycleModel.MESSAGE_ALL_PROPOSALS_SUBMITTED, planId);
    }

    /** The plan an instance runs, for callers that hold only the instance id. */
    public long planIdOf(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new IllegalArgumentException("Không có quy trình " + processInstanceId);
        }
        return PlanLifecycleModel.planIdOfBusinessKey(instance.getBusinessKey());
    }

    /** To the plan's own instance, as our plan row records it; nothing if it is not waiting for the message. */
    private void correlate(String message, long planId) {
        String instanceId = plans.findById(planId).map(Plan::getProcessInstanceId)
                .orElseThrow(() -> new IllegalStateException("Kế hoạch " + planId + " chưa có quy trình."));
        runtime.createMessageCorrelation(message).processInstanceId(instanceId).correlateAll();
    }
}
