package vn.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.validation.ConflictException;
import vn.thidua.common.validation.TextRules;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanTarget;

/**
 * Stores a unit's reports after checking every field; a rejected report writes nothing, a
 * resubmitted one becomes a new version and keeps the previous one.
 */
@Service
public class ReportService {

    private final UnitCampaignRepository campaigns;
    private final UnitReportRepository reports;
    private final PlanRepository plans;
    private final Clock clock;

    ReportService(UnitCampaignRepository campaigns, UnitReportRepository reports, PlanRepository plans, Clock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.plans = plans;
        this.clock = clock;
    }

    public record LaunchReport(LocalDate launchedOn, String form, Integer participants, String unitTheme) {
    }

    public record FinalReport(Map<String, String> valuesByTargetCode, String examples, String difficulties, String proposals) {
    }

    @Transactional
    public UnitReport submitLaunch(Long campaignId, String user, LaunchReport input) {
        UnitCampaign campaign = campaigns.findById(campaignId).orElseThrow();
        TextRules rules = new TextRules();
        if (input.launchedOn() == null) {
            rules.problem("launchedOn", "Ngày phát động là bắt buộc.");
        } else if (input.launchedOn().isAfter(LocalDate.now(clock))) {
            rules.problem("launchedOn", "Ngày phát động không thể ở tương lai.");
        }
        String form = rules.text("launchForm", "Hình thức phát động", input.form(), 500, true);
        if (input.participants() != null && (input.participants() < 0 || input.participants() > 1_000_000)) {
            rules.problem("participants", "Số người tham dự phải từ 0 đến 1.000.000.");
        }
        String theme = rules.text("unitTheme", "Chủ đề thi đua của đơn vị", input.unitTheme(), 500, false);
        rules.throwIfAny();
        UnitReport report = newVersion(campaign, UnitReport.Kind.LAUNCH, user);
        report.launch(input.launchedOn(), form, input.participants(), theme);
        campaign.launched(clock.instant());
        return store(report);
    }

    /** An interim (sơ kết) report: checked like the final one; it does not count as the unit's final report. */
    @Transactional
    public UnitReport submitInterim(Long campaignId, String user, FinalReport input) {
        return submitValues(campaignId, user, input, UnitReport.Kind.INTERIM);
    }

    @Transactional
    public UnitReport submitFinal(Long campaignId, String user, FinalReport input) {
        return submitValues(campaignId, user, input, UnitReport.Kind.FINAL);
    }

    private UnitReport submitValues(Long campaignId, String user, FinalReport input, UnitReport.Kind kind) {
        UnitCampaign campaign = campaigns.findById(campaignId).orElseThrow();
        Plan plan = plans.findById(campaign.getPlanId()).orElseThrow();
        // Which targets this unit reports, by index lookups: a target's list of responsible units
        // can name every unit of a city, and loading it for each report would grow with the city.
        Set<Long> reportedTargets = new HashSet<>(plans.targetIdsReportedBy(plan.getId(), campaign.getUnitId()));
        TextRules rules = new TextRules();
        List<UnitReportValue> values = new ArrayList<>();
        Map<String, String> typed = input.valuesByTargetCode() == null ? Map.of() : input.valuesByTargetCode();
        for (PlanTarget target : plan.getTargets()) {
            if (!reportedTargets.contains(target.getId())) {
                continue;
            }
            TargetValueParser.Result result = TargetValueParser.parse(target, typed.get(target.getCode()));
            if (result instanceof TargetValueParser.Parsed parsed) {
                values.add(parsed.value());
            } else if (result instanceof TargetValueParser.Rejected rejected) {
                rules.problem("target." + target.getCode(), rejected.message());
            }
        }
        for (String code : typed.keySet()) {
            if (plan.getTargets().stream().noneMatch(t -> t.getCode().equals(code) && reportedTargets.contains(t.getId()))) {
                rules.problem("target." + code, "Chỉ tiêu " + code + " không thuộc trách nhiệm báo cáo của đơn vị.");
            }
        }
        String examples = rules.text("examples", "Điển hình tiên tiến", input.examples(), 10000, false);
        String difficulties = rules.text("difficulties", "Khó khăn, vướng mắc", input.difficulties(), 10000, false);
        String proposals = rules.text("proposals", "Kiến nghị, đề xuất", input.proposals(), 10000, false);
        rules.throwIfAny();
        UnitReport report = newVersion(campaign, kind, user);
        report.narrative(examples, difficulties, proposals);
        report.getValues().addAll(values);
        if (kind == UnitReport.Kind.FINAL) {
            campaign.reported(clock.instant());
        }
        return store(report);
    }

    /**
     * Two sends of the same report at the same moment (a correction from two tabs, two people of
     * the unit) both read the same latest version and both write the next one: uq_report_version
     * lets one through, the other fails on the duplicate or as the deadlock's loser. That one is a
     * conflict the person resolves by reloading, not a server error; it wrote nothing.
     */
    private UnitReport store(UnitReport report) {
        try {
            return reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw new ConflictException("Báo cáo của đơn vị vừa được gửi hoặc sửa cùng lúc từ nơi khác; bản của bạn chưa"
                    + " được lưu. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.", e);
        }
    }

    private UnitReport newVersion(UnitCampaign campaign, UnitReport.Kind kind, String user) {
        List<UnitReport> previous = reports.findByCampaignIdAndKindOrderByVersionDesc(campaign.getId(), kind);
        previous.forEach(UnitReport::supersede);
        int version = previous.isEmpty() ? 1 : previous.get(0).getVersion() + 1;
        return new UnitReport(campaign.getId(), kind, version, user, clock.instant());
    }
}
