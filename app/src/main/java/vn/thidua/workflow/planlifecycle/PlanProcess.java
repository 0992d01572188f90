package vn.thidua.workflow.planlifecycle;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.plan.PlanRepository;

/** The one place that starts a plan's lifecycle for a plan already in our tables. */
@Component
public class PlanProcess {

    private final RuntimeService runtime;
    private final PlanRepository plans;

    PlanProcess(RuntimeService runtime, PlanRepository plans) {
        this.runtime = runtime;
        this.plans = plans;
    }

    /** Business key: the plan's id. Call as the drafting official (see ActingAs) to record who started it. */
    @Transactional
    public String start(Long planId, String agencyCode) {
        String id = runtime.startProcessInstanceByKey(PlanVariables.PROCESS_KEY, String.valueOf(planId),
                Map.of(PlanVariables.PLAN_ID, planId, PlanVariables.AGENCY_CODE, agencyCode)).getId();
        plans.findById(planId).orElseThrow().setProcessInstanceId(id);
        return id;
    }
}
