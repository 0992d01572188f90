package vn.thidua.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.demo.DemoPlans;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/** Shortcuts for tests: a Thạch Khôi plan addressed to a few units, driven to a given step. */
@Component
public class PlanDriver {

    public static final String SPECIALIST = "diep.tn";
    public static final String VICE_CHAIRMAN = "hang.vtt";
    public static final String CHAIRMAN = "khang.pm";
    public static final String CLERK = "ngoc.ntb";

    private final PlanImporter importer;
    private final PlanProcess process;
    private final AgencyRepository agencies;
    private final Officials officials;
    private final Clock clock;

    PlanDriver(PlanImporter importer, PlanProcess process, AgencyRepository agencies, Officials officials, Clock clock) {
        this.importer = importer;
        this.process = process;
        this.agencies = agencies;
        this.officials = officials;
        this.clock = clock;
    }

    public record Started(Long planId, String processInstanceId) {
    }

    /** A draft of the Thạch Khôi plan addressed only to the given units, waiting for the specialist. */
    public Started draft(String... unitCodes) {
        return draft(DemoPlans.thachKhoi(LocalDate.now(clock)), unitCodes);
    }

    /** A draft of any plan data (deadlines taken from it) addressed only to the given units. */
    public Started draft(PlanData base, String... unitCodes) {
        List<PlanData.UnitRef> refs = java.util.Arrays.stream(unitCodes).map(c -> new PlanData.UnitRef(c, c, null, false)).toList();
        PlanData data = new PlanData(base.document(), base.basis(), base.theme(), base.sections(), base.targets(),
                base.deadlines(), base.recipients(), refs, base.launchDeadline(), base.reportDeadline(), base.campaignEnd());
        Plan plan = importer.createDraft(agencies.findByCode("thach-khoi").orElseThrow().getId(), data, SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> process.start(plan.getId()));
        return new Started(plan.getId(), pi);
    }

    /** Draft → approved by the vice-chairman, waiting for the chairman's signature. */
    public Started awaitingSignature(String... unitCodes) {
        Started s = draft(unitCodes);
        officials.complete(SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        return s;
    }

    /** Draft → approved → signed → issued; returns once every unit's instance exists. */
    public Started issued(String... unitCodes) {
        return issue(draft(unitCodes));
    }

    public Started issued(PlanData data, String... unitCodes) {
        return issue(draft(data, unitCodes));
    }

    private Started issue(Started s) {
        officials.complete(SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign(CHAIRMAN, s.processInstanceId());
        officials.complete(CLERK, s.processInstanceId(), PlanLifecycleModel.USER_TASK_ISSUE_PLAN, Map.of(PlanLifecycleModel.ISSUE_DATE, LocalDate.now(clock).toString()));
        officials.awaitJobs(Duration.ofSeconds(60));
        return s;
    }
}
