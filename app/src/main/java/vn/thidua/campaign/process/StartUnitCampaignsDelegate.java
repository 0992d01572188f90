package vn.thidua.campaign.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.common.process.JsonVariables;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanTarget;

/**
 * serviceTask_startUnitCampaigns: one independent unitCampaign instance per addressed unit, not a
 * multi-instance inside the plan, so no step of one unit ever touches another unit's executions.
 * Deadlines come from the plan's data.
 */
@Component("startUnitCampaignsDelegate")
class StartUnitCampaignsDelegate implements JavaDelegate {

    /** One row of the final-report form: a target this unit reports. */
    record ReportTarget(String code, String name, String operator, String threshold, String unit, String value) {
    }

    private final PlanRepository plans;
    private final OrgUnitRepository units;
    private final UnitCampaignRepository campaigns;
    private final RuntimeService runtime;

    StartUnitCampaignsDelegate(PlanRepository plans, OrgUnitRepository units, UnitCampaignRepository campaigns,
            RuntimeService runtime) {
        this.plans = plans;
        this.units = units;
        this.campaigns = campaigns;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.findById(((Number) execution.getVariable("planId")).longValue()).orElseThrow();
        String agencyCode = (String) execution.getVariable("agencyCode");
        Date launchDue = endOfDay(plan.getLaunchDeadline());
        Date reportDue = endOfDay(plan.getReportDeadline());
        List<OrgUnit> addressed = units.findAllById(plan.getAddresseeUnitIds());
        for (OrgUnit unit : addressed) {
            UnitCampaign campaign = campaigns.findByPlanIdAndUnitId(plan.getId(), unit.getId())
                    .orElseGet(() -> campaigns.save(new UnitCampaign(plan.getId(), unit.getId())));
            if (campaign.getProcessInstanceId() != null) {
                continue; // a retried job keeps what an earlier attempt started
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("planId", plan.getId());
            variables.put("agencyCode", agencyCode);
            variables.put("planTitle", execution.getVariable("planTitle"));
            variables.put("planNumber", execution.getVariable("planNumber"));
            variables.put("documentUrl", execution.getVariable("documentUrl"));
            variables.put(CampaignVariables.CAMPAIGN_ID, campaign.getId());
            variables.put(CampaignVariables.UNIT_CODE, unit.getCode());
            variables.put(CampaignVariables.UNIT_NAME, unit.getName());
            variables.put(CampaignVariables.LAUNCH_DUE, launchDue);
            variables.put(CampaignVariables.REPORT_DUE, reportDue);
            variables.put(CampaignVariables.REPORT_TARGETS, JsonVariables.json(targetsOf(plan, unit)));
            String instanceId = runtime.startProcessInstanceByKey(CampaignVariables.PROCESS_KEY,
                    CampaignVariables.businessKey(plan.getId(), unit.getCode()), variables).getId();
            campaign.setProcessInstanceId(instanceId);
        }
        plans.startCounters(plan.getId(), addressed.size());
    }

    private static List<ReportTarget> targetsOf(Plan plan, OrgUnit unit) {
        return plan.getTargets().stream()
                .filter(t -> t.isReportedBy(unit.getId()))
                .map(t -> new ReportTarget(t.getCode(), t.getName(), t.getOperator().code(), thresholdText(t), t.getUnit(), ""))
                .toList();
    }

    private static String thresholdText(PlanTarget t) {
        BigDecimal threshold = t.getThreshold();
        return switch (t.getOperator()) {
            case YES_NO -> "đạt / không đạt";
            case MEETS_PLAN -> "hoàn thành kế hoạch";
            default -> t.getOperator().symbol() + " " + vn.thidua.common.text.VietnameseNumbers.format(threshold)
                    + (t.getUnit() == null ? "" : ("%".equals(t.getUnit()) ? "%" : " " + t.getUnit()));
        };
    }

    private static Date endOfDay(LocalDate day) {
        ZoneId zone = VietnameseDates.VIETNAM;
        return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
    }
}
