package vn.thidua.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * Plans of the demo ward stopped at the steps the summary tests (AuthorizationMatrixTest,
 * BadInputCorpusTest) act on, each built once per JVM on first use: the tests share one context
 * and one set-up, and each test only reads what it needs.
 */
@Component
@org.springframework.context.annotation.Lazy // needs AwardSteps, which needs a TestRestTemplate: not in the benchmarks
public class PlanStages {

    public static final String COUNCIL_SECRETARY = "diep.tn";

    private final PlanDriver driver;
    private final Officials officials;
    private final UnitCampaignRepository campaigns;
    private final OrgUnitRepository units;
    private final AgencyRepository agencies;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AwardProposalRepository proposals;
    private final OtherWard otherWard;
    private final AwardSteps awards;
    private final Clock clock;

    private PlanDriver.Started draft;
    private PlanDriver.Started awaitingSignature;
    private PlanDriver.Started refusedSignatures;
    private PlanDriver.Started launching;
    private PlanDriver.Started reported;
    private PlanDriver.Started proposing;
    private PlanDriver.Started councilMeeting;
    private boolean otherWardLogin;

    PlanStages(PlanDriver driver, Officials officials, UnitCampaignRepository campaigns, OrgUnitRepository units,
            AgencyRepository agencies, RuntimeService runtime, TaskService tasks, IdentityService identity,
            AwardProposalRepository proposals, OtherWard otherWard, AwardSteps awards, Clock clock) {
        this.awards = awards;
        this.driver = driver;
        this.officials = officials;
        this.campaigns = campaigns;
        this.units = units;
        this.agencies = agencies;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.proposals = proposals;
        this.otherWard = otherWard;
        this.clock = clock;
    }

    /** A draft waiting for the specialist (addressed to tdp-06). */
    public synchronized PlanDriver.Started draft() {
        if (draft == null) {
            draft = driver.draft("tdp-06");
        }
        return draft;
    }

    /** Approved by the vice-chairman, the KH waiting for the chairman's signature (tdp-05). */
    public synchronized PlanDriver.Started awaitingSignature() {
        if (awaitingSignature == null) {
            awaitingSignature = driver.awaitingSignature("tdp-05");
        }
        return awaitingSignature;
    }

    /** A second KH waiting for the chairman (tdp-04), only ever sent refused input: never signed. */
    public synchronized PlanDriver.Started refusedSignatures() {
        if (refusedSignatures == null) {
            refusedSignatures = driver.awaitingSignature("tdp-04");
        }
        return refusedSignatures;
    }

    /** Issued to Long's and Thắng's units and tdp-01; every launch task open. */
    public synchronized PlanDriver.Started launching() {
        if (launching == null) {
            launching = driver.issued("vp-hdnd-ubnd", "ca-phuong", "tdp-01");
        }
        return launching;
    }

    /**
     * Issued to Long's and Thắng's units and tdp-02, tdp-03: Long's, Thắng's and tdp-03 sent
     * launch and final reports (correctable); tdp-02 launched, its final report task open.
     */
    public synchronized PlanDriver.Started reported() {
        if (reported == null) {
            PlanDriver.Started s = driver.issued("vp-hdnd-ubnd", "ca-phuong", "tdp-02", "tdp-03");
            for (String unit : List.of("vp-hdnd-ubnd", "ca-phuong", "tdp-02", "tdp-03")) {
                launch(s, unit);
            }
            for (String unit : List.of("vp-hdnd-ubnd", "ca-phuong", "tdp-03")) {
                reportFinal(s, unit);
            }
            reported = s;
        }
        return reported;
    }

    /** tdp-07's plan after the ward issued its report: tdp-07's propose-awards task open. */
    public synchronized PlanDriver.Started proposing() {
        if (proposing == null) {
            proposing = reportIssued("tdp-07");
        }
        return proposing;
    }

    /**
     * tdp-08's plan with one proposal (Giấy khen, tổ dân phố số 8) sent to the council by the
     * specialist: the secretary's task to open the meeting is open.
     */
    public synchronized PlanDriver.Started councilMeeting() {
        if (councilMeeting == null) {
            PlanDriver.Started s = reportIssued("tdp-08");
            awards.propose(head("tdp-08"), s.planId(), AwardSteps.collective("Tổ dân phố số 8", "GIAY_KHEN", null));
            officials.complete(head("tdp-08"), campaign(s, "tdp-08").getProcessInstanceId(), UnitCampaignModel.USER_TASK_PROPOSE_AWARDS,
                    Map.of());
            officials.awaitJobs(Duration.ofSeconds(60));
            officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
            councilMeeting = s;
        }
        return councilMeeting;
    }

    public List<Long> proposalIds(PlanDriver.Started s) {
        return proposals.findByPlanIdOrderByIdAsc(s.planId()).stream().map(p -> p.getId()).toList();
    }

    /** The other ward (OtherWard) with a password for its specialist, so that she can log in. */
    public synchronized String otherWardOfficial() {
        if (!otherWardLogin) {
            otherWard.agency();
            User user = identity.createUserQuery().userId(OtherWard.SPECIALIST).singleResult();
            user.setPassword(EngineRestCalls.PASSWORD);
            ((IdentityServiceImpl) identity).saveUser(user, true);
            otherWardLogin = true;
        }
        return OtherWard.SPECIALIST;
    }

    public UnitCampaign campaign(PlanDriver.Started s, String unitCode) {
        long unitId = units.findByAgencyIdAndCode(agencies.findByCode("thach-khoi").orElseThrow().getId(), unitCode).orElseThrow().getId();
        return campaigns.findByPlanIdAndUnitId(s.planId(), unitId).orElseThrow();
    }

    public String head(String unitCode) {
        return units.findByAgencyIdAndCode(agencies.findByCode("thach-khoi").orElseThrow().getId(), unitCode).orElseThrow()
                .getHeadUsername();
    }

    public Task openTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }

    /** The target codes the unit's final report form asks for. */
    public List<String> targetCodes(UnitCampaign c) {
        JsonNode targets = JsonVariables.read(runtime.getVariable(c.getProcessInstanceId(), UnitCampaignModel.REPORT_TARGETS),
                new TypeReference<JsonNode>() { }, UnitCampaignModel.REPORT_TARGETS);
        List<String> codes = new ArrayList<>();
        targets.forEach(t -> codes.add(t.get("code").asText()));
        return codes;
    }

    /** A new plan addressed to these units, each of which launched and reported; the ward issued its report: proposals open. */
    public PlanDriver.Started reportIssued(String... units) {
        PlanDriver.Started s = driver.issued(units);
        for (String unit : units) {
            launch(s, unit);
            reportFinal(s, unit);
        }
        officials.awaitJobs(Duration.ofSeconds(60));
        LocalDate today = LocalDate.now(clock);
        String pi = s.processInstanceId();
        officials.complete(PlanDriver.SPECIALIST, pi, PlanLifecycleModel.USER_TASK_CONSOLIDATE, Map.of(
                PlanLifecycleModel.CONSOLIDATION_NOTE, "Đơn vị hoàn thành tốt các chỉ tiêu.",
                PlanLifecycleModel.PROPOSAL_DEADLINE, today.plusDays(20).toString()));
        officials.complete(PlanDriver.VICE_CHAIRMAN, pi, PlanLifecycleModel.USER_TASK_REVIEW_REPORT,
                Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign(PlanDriver.CHAIRMAN, pi);
        officials.complete(PlanDriver.CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_REPORT,
                Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        officials.awaitJobs(Duration.ofSeconds(60));
        return s;
    }

    private void launch(PlanDriver.Started s, String unit) {
        officials.complete(head(unit), campaign(s, unit).getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH, Map.of(
                UnitCampaignModel.LAUNCHED_ON, LocalDate.now(clock).toString(), UnitCampaignModel.LAUNCH_FORM, "Hội nghị phát động"));
    }

    private void reportFinal(PlanDriver.Started s, String unit) {
        UnitCampaign c = campaign(s, unit);
        List<Map<String, String>> values = new ArrayList<>();
        targetCodes(c).forEach(code -> values.add(Map.of("code", code, "value", TypedValues.thachKhoi(code))));
        officials.complete(head(unit), c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL, Map.of(
                UnitCampaignModel.TARGET_VALUES, JsonVariables.json(values), UnitCampaignModel.EXAMPLES, "Gương điển hình của đơn vị"));
    }
}
