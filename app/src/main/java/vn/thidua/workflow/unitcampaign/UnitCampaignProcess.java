package vn.thidua.workflow.unitcampaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaignRows;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanTarget;

/**
 * The one client of unitCampaign: starts the instances of one chunk of a plan's units (only the
 * plan's fan-out does; a user never starts one) and opens their award proposals.
 *
 * <p>Every query of a start is bounded by the chunk (the chunk's rows, its units, the targets each
 * unit reports), so a chunk costs the same whether the plan has 28 units or 5,000. Rows are locked
 * and only those without an instance are started, in the same transaction that records the
 * instance id on the row: exactly once per unit, and that id is how a task finds its campaign.
 */
@Component
public class UnitCampaignProcess {

    /** One row of the final-report form: a target this unit reports. */
    record ReportTarget(String code, String name, String operator, String threshold, String unit, String value) {
    }

    /** Display values copied from the plan's instance to every unit's. */
    private static final List<String> PLAN_DISPLAY_VARIABLES = List.of(UnitCampaignModel.PLAN_TITLE,
            UnitCampaignModel.PLAN_NUMBER, UnitCampaignModel.DOCUMENT_URL);

    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final OrgUnitRepository units;
    private final UnitCampaignRows campaignRows;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;

    UnitCampaignProcess(PlanRepository plans, AgencyRepository agencies, OrgUnitRepository units, UnitCampaignRows campaignRows, JdbcTemplate jdbc,
            RuntimeService runtime) {
        this.plans = plans;
        this.agencies = agencies;
        this.units = units;
        this.campaignRows = campaignRows;
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    /** Returns how many instances this call started (0 when an earlier run already did). */
    int start(StartUnitCampaignsJobHandler.Chunk chunk) {
        List<UnitCampaignRows.Unstarted> rows = campaignRows.lockUnstarted(chunk.planId(), chunk.firstCampaignId(),
                chunk.lastCampaignId());
        if (rows.isEmpty()) {
            return 0;
        }
        Plan plan = plans.findById(chunk.planId()).orElseThrow();
        Map<String, Object> planVariables = runtime.getVariables(chunk.planInstanceId(), PLAN_DISPLAY_VARIABLES);
        String agencyCode = agencies.findById(plan.getAgencyId()).orElseThrow().getCode();
        Date launchDue = endOfDay(plan.getLaunchDeadline());
        Date reportDue = endOfDay(plan.getReportDeadline());
        Date interimDue = plan.getInterimDeadline() == null ? null : endOfDay(plan.getInterimDeadline());
        Map<Long, OrgUnit> unitById = units.findAllById(rows.stream().map(UnitCampaignRows.Unstarted::unitId).toList()).stream()
                .collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        Map<Long, Set<Long>> reported = targetsReportedBy(chunk.planId(), unitById.keySet());
        List<UnitCampaignRows.Started> started = new ArrayList<>();
        for (UnitCampaignRows.Unstarted row : rows) {
            OrgUnit unit = unitById.get(row.unitId());
            Map<String, Object> variables = new HashMap<>();
            variables.put(UnitCampaignModel.PLAN_ID, plan.getId());
            variables.put(UnitCampaignModel.AGENCY_CODE, agencyCode);
            PLAN_DISPLAY_VARIABLES.forEach(name -> variables.put(name, planVariables.get(name)));
            variables.put(UnitCampaignModel.CAMPAIGN_ID, row.campaignId());
            variables.put(UnitCampaignModel.UNIT_CODE, unit.getCode());
            variables.put(UnitCampaignModel.UNIT_NAME, unit.getName());
            variables.put(UnitCampaignModel.LAUNCH_DUE, launchDue);
            variables.put(UnitCampaignModel.REPORT_DUE, reportDue);
            variables.put(UnitCampaignModel.INTERIM_DUE, interimDue);
            Set<Long> targetIds = reported.getOrDefault(unit.getId(), Set.of());
            variables.put(UnitCampaignModel.REPORT_TARGETS, JsonVariables.json(plan.getTargets().stream()
                    .filter(t -> targetIds.contains(t.getId()))
                    .map(t -> new ReportTarget(t.getCode(), t.getName(), t.getOperator().code(), thresholdText(t), t.getUnit(), ""))
                    .toList()));
            String instanceId = runtime.startProcessInstanceByKey(UnitCampaignModel.PROCESS_KEY,
                    UnitCampaignModel.businessKey(plan.getId(), unit.getCode()), variables).getId();
            started.add(new UnitCampaignRows.Started(row.campaignId(), instanceId));
        }
        campaignRows.recordInstances(started);
        return started.size();
    }

    /**
     * Wakes every unit of the plan that waits for award proposals (those that reported) and gives
     * them the deadline; returns how many were opened. The units are the plan's own rows in
     * unit_campaign, each correlated by the instance id recorded there.
     */
    public int openAwardProposals(long planId, Object proposalDeadline) {
        int opened = 0;
        for (String instanceId : jdbc.queryForList("SELECT process_instance_id FROM unit_campaign WHERE plan_id = ?"
                + " AND process_instance_id IS NOT NULL ORDER BY id", String.class, planId)) {
            opened += runtime.createMessageCorrelation(UnitCampaignModel.MESSAGE_AWARD_PROPOSALS_OPENED)
                    .processInstanceId(instanceId)
                    .setVariable(UnitCampaignModel.PROPOSAL_DEADLINE, proposalDeadline)
                    .correlateAllWithResult()
                    .size();
        }
        return opened;
    }

    /** The unit's instance waiting for the specialist's review opens its correction task (none waiting: nothing). */
    public int proposalReturned(long campaignId) {
        int reopened = 0;
        for (String instanceId : jdbc.queryForList("SELECT process_instance_id FROM unit_campaign WHERE id = ?"
                + " AND process_instance_id IS NOT NULL", String.class, campaignId)) {
            reopened += runtime.createMessageCorrelation(UnitCampaignModel.MESSAGE_PROPOSAL_RETURNED)
                    .processInstanceId(instanceId).correlateAllWithResult().size();
        }
        return reopened;
    }

    /**
     * The specialist sent the round to the council: every unit's part ends, whether it waits for
     * the review or still has its proposal or correction task open.
     */
    public int closeAwardRound(long planId) {
        int closed = 0;
        for (String instanceId : jdbc.queryForList("SELECT process_instance_id FROM unit_campaign WHERE plan_id = ?"
                + " AND process_instance_id IS NOT NULL ORDER BY id", String.class, planId)) {
            closed += runtime.createMessageCorrelation(UnitCampaignModel.MESSAGE_AWARD_ROUND_CLOSED)
                    .processInstanceId(instanceId).correlateAllWithResult().size();
        }
        return closed;
    }

    /**
     * unit id → ids of the plan's targets that unit reports: a target with no responsible units is
     * reported by every unit. Reads only the chunk's units' rows of plan_target_unit.
     */
    private Map<Long, Set<Long>> targetsReportedBy(long planId, Set<Long> unitIds) {
        List<Long> all = jdbc.queryForList("SELECT id FROM plan_target WHERE plan_id = ?", Long.class, planId);
        List<Long> everyone = jdbc.queryForList("SELECT t.id FROM plan_target t WHERE t.plan_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM plan_target_unit u WHERE u.target_id = t.id)", Long.class, planId);
        Map<Long, Set<Long>> result = new HashMap<>();
        unitIds.forEach(u -> result.put(u, new HashSet<>(everyone)));
        if (!all.isEmpty() && !unitIds.isEmpty()) {
            String units = String.join(",", Collections.nCopies(unitIds.size(), "?"));
            List<Object> args = new ArrayList<>(unitIds);
            args.add(planId);
            jdbc.query("SELECT u.unit_id, u.target_id FROM plan_target_unit u JOIN plan_target t ON t.id = u.target_id"
                    + " WHERE u.unit_id IN (" + units + ") AND t.plan_id = ?",
                    rs -> { result.get(rs.getLong(1)).add(rs.getLong(2)); }, args.toArray());
        }
        return result;
    }

    /** The hint beside the value field of the report form. */
    private static String thresholdText(PlanTarget t) {
        return switch (t.getOperator()) {
            case YES_NO -> "đạt / không đạt";
            case MEETS_PLAN -> "hoàn thành kế hoạch";
            default -> t.numericThresholdText();
        };
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(VietnameseDates.endOfDay(day));
    }
}
