package vn.thidua.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseCollation;
import vn.thidua.common.text.VietnameseNumbers;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanTarget;
import vn.thidua.plan.TargetOperator;

/**
 * Computes each target's result from the current final reports of the units responsible for it and
 * compares it with the target's operator and threshold. Three queries whatever the number of units.
 */
@Service
public class ConsolidationService {

    private final PlanRepository plans;
    private final UnitCampaignRepository campaigns;
    private final UnitReportRepository reports;
    private final OrgUnitRepository units;

    ConsolidationService(PlanRepository plans, UnitCampaignRepository campaigns, UnitReportRepository reports,
            OrgUnitRepository units) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.reports = reports;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Consolidation compute(Long planId) {
        Plan plan = plans.findById(planId).orElseThrow();
        Map<Long, OrgUnit> unitById = units.findByAgencyId(plan.getAgencyId()).stream()
                .collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
        List<UnitCampaign> planCampaigns = campaigns.findByPlanId(planId);
        Map<Long, Long> unitOfCampaign = new HashMap<>();
        planCampaigns.forEach(c -> unitOfCampaign.put(c.getId(), c.getUnitId()));
        Map<Long, UnitReport> reportByUnit = new HashMap<>();
        for (UnitReport r : reports.findCurrentOfPlan(planId, UnitReport.Kind.FINAL)) {
            reportByUnit.put(unitOfCampaign.get(r.getCampaignId()), r);
        }

        List<Consolidation.UnitStatus> statuses = planCampaigns.stream()
                .map(c -> {
                    OrgUnit u = unitById.get(c.getUnitId());
                    return new Consolidation.UnitStatus(u.getId(), u.getCode(), u.getName(), c.getStatus().name(),
                            c.isLaunchOverdue(), c.isReportOverdue());
                })
                .sorted(Comparator.comparing(Consolidation.UnitStatus::unitName, VietnameseCollation.text()))
                .toList();

        List<Consolidation.TargetResult> results = new ArrayList<>();
        for (PlanTarget target : plan.getTargets()) {
            results.add(result(target, planCampaigns, reportByUnit, unitById));
        }
        return new Consolidation(planId, planCampaigns.size(), statuses, results);
    }

    private static Consolidation.TargetResult result(PlanTarget target, List<UnitCampaign> planCampaigns,
            Map<Long, UnitReport> reportByUnit, Map<Long, OrgUnit> unitById) {
        List<Consolidation.UnitValue> shown = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        List<Boolean> booleans = new ArrayList<>();
        int responsible = 0;
        for (UnitCampaign c : planCampaigns) {
            if (!target.isReportedBy(c.getUnitId())) {
                continue;
            }
            responsible++;
            UnitReport report = reportByUnit.get(c.getUnitId());
            if (report == null) {
                continue;
            }
            for (UnitReportValue v : report.getValues()) {
                if (v.targetId().equals(target.getId())) {
                    OrgUnit u = unitById.get(c.getUnitId());
                    shown.add(new Consolidation.UnitValue(u.getCode(), u.getName(), v.rawText()));
                    if (v.numberValue() != null) {
                        numbers.add(v.numberValue());
                    }
                    if (v.booleanValue() != null) {
                        booleans.add(v.booleanValue());
                    }
                }
            }
        }
        BigDecimal result = combine(target, numbers, booleans);
        Boolean achieved = result == null ? null
                : target.getOperator().isAchieved(result, target.getThreshold() == null ? BigDecimal.ZERO : target.getThreshold());
        return new Consolidation.TargetResult(target.getCode(), target.getName(), target.getOperator().code(),
                target.getThreshold(), target.getUnit(), thresholdText(target), result, resultText(target, result),
                achieved, shown.size(), responsible, shown);
    }

    private static BigDecimal combine(PlanTarget target, List<BigDecimal> numbers, List<Boolean> booleans) {
        if (target.getOperator() == TargetOperator.YES_NO) {
            return booleans.isEmpty() ? null : booleans.stream().allMatch(b -> b) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (numbers.isEmpty()) {
            return null;
        }
        return switch (target.getAggregation()) {
            case SUM -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN, ALL -> numbers.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX -> numbers.stream().max(BigDecimal::compareTo).orElseThrow();
            case AVG -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP);
        };
    }

    static String thresholdText(PlanTarget target) {
        return switch (target.getOperator()) {
            case YES_NO -> "Đạt";
            case MEETS_PLAN -> "Hoàn thành kế hoạch";
            default -> target.numericThresholdText();
        };
    }

    static String resultText(PlanTarget target, BigDecimal result) {
        if (result == null) {
            return "Chưa có số liệu";
        }
        return switch (target.getOperator()) {
            case YES_NO -> result.signum() > 0 ? "Đạt" : "Không đạt";
            case MEETS_PLAN -> VietnameseNumbers.percent(result) + " kế hoạch";
            default -> VietnameseNumbers.format(result)
                    + (target.getUnit() == null ? "" : "%".equals(target.getUnit()) ? "%" : " " + target.getUnit());
        };
    }
}
