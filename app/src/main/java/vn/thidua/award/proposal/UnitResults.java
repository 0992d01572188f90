package vn.thidua.award.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.campaign.UnitReportValue;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanTarget;
import vn.thidua.plan.TargetOperator;

/**
 * A unit's own results against the plan's targets it is responsible for, from its current final
 * report: awards follow measured results, so each proposal shows them, and a collective title for
 * a unit that missed a target needs a written justification.
 */
@Component
public class UnitResults {

    private final PlanRepository plans;
    private final UnitCampaignRepository campaigns;
    private final UnitReportRepository reports;

    UnitResults(PlanRepository plans, UnitCampaignRepository campaigns, UnitReportRepository reports) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.reports = reports;
    }

    /** @param achieved null when the unit reported no value for the target (counts as missed) */
    public record TargetLine(String code, String name, String threshold, String reported, Boolean achieved) {
    }

    public record Results(List<TargetLine> targets, boolean missedAny) {

        public List<TargetLine> missed() {
            return targets.stream().filter(t -> !Boolean.TRUE.equals(t.achieved())).toList();
        }
    }

    @Transactional(readOnly = true)
    public Results of(Long planId, Long unitId) {
        Plan plan = plans.findById(planId).orElseThrow();
        UnitCampaign campaign = campaigns.findByPlanIdAndUnitId(planId, unitId).orElse(null);
        List<UnitReportValue> values = campaign == null ? List.of()
                : reports.findByCampaignIdAndKindOrderByVersionDesc(campaign.getId(), UnitReport.Kind.FINAL).stream()
                        .filter(UnitReport::isCurrentVersion).findFirst().map(UnitReport::getValues).orElse(List.of());
        List<TargetLine> lines = new ArrayList<>();
        for (PlanTarget t : plan.getTargets()) {
            if (!t.isReportedBy(unitId)) {
                continue;
            }
            UnitReportValue v = values.stream().filter(x -> x.targetId().equals(t.getId())).findFirst().orElse(null);
            lines.add(new TargetLine(t.getCode(), t.getName(), threshold(t), v == null ? "Chưa báo cáo" : v.rawText(),
                    v == null ? null : achieved(t, v)));
        }
        return new Results(lines, lines.stream().anyMatch(l -> !Boolean.TRUE.equals(l.achieved())));
    }

    private static Boolean achieved(PlanTarget t, UnitReportValue v) {
        if (t.getOperator() == TargetOperator.YES_NO) {
            return v.booleanValue() == null ? null : v.booleanValue();
        }
        if (v.numberValue() == null) {
            return null;
        }
        return t.getOperator().isAchieved(v.numberValue(), t.getThreshold() == null ? BigDecimal.ZERO : t.getThreshold());
    }

    private static String threshold(PlanTarget t) {
        return switch (t.getOperator()) {
            case YES_NO -> "Đạt";
            case MEETS_PLAN -> "Hoàn thành kế hoạch";
            default -> t.numericThresholdText();
        };
    }
}
