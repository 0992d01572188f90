package vn.thidua.campaign;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.common.validation.ConflictException;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanStatus;
import vn.thidua.security.Official;

/**
 * A unit corrects its final report after sending it, while the ward has not issued its own report:
 * the correction is a new version and the previous one stays in the history.
 */
@RestController
class ReportCorrectionController {

    private final UnitCampaignRepository campaigns;
    private final OrgUnitRepository units;
    private final AgencyRepository agencies;
    private final PlanRepository plans;
    private final ReportService reports;

    ReportCorrectionController(UnitCampaignRepository campaigns, OrgUnitRepository units, AgencyRepository agencies,
            PlanRepository plans, ReportService reports) {
        this.campaigns = campaigns;
        this.units = units;
        this.agencies = agencies;
        this.plans = plans;
        this.reports = reports;
    }

    record Correction(Map<String, String> values, String examples, String difficulties, String proposals) {
    }

    @PutMapping("/api/campaigns/{campaignId}/final-report")
    Map<String, Object> correct(@PathVariable long campaignId, @RequestBody Correction body,
            @AuthenticationPrincipal Official official) {
        UnitCampaign campaign = campaigns.findById(campaignId).orElseThrow(ReportCorrectionController::notFound);
        OrgUnit unit = units.findById(campaign.getUnitId()).orElseThrow();
        Agency agency = agencies.findById(unit.getAgencyId()).orElseThrow();
        if (official == null || !official.inGroup(GroupIds.unit(agency.getCode(), unit.getCode()))) {
            throw notFound();
        }
        Plan plan = plans.findById(campaign.getPlanId()).orElseThrow();
        if (campaign.getStatus() == UnitCampaign.Status.STARTED || campaign.getStatus() == UnitCampaign.Status.LAUNCHED) {
            throw new ConflictException("Đơn vị chưa gửi báo cáo kết quả: hãy gửi báo cáo trong Tasklist trước.");
        }
        if (plan.getStatus() != PlanStatus.REPORTING && plan.getStatus() != PlanStatus.CONSOLIDATION) {
            throw new ConflictException("Báo cáo tổng hợp của " + agency.getShortName() + " đã ban hành: không thể sửa báo cáo.");
        }
        UnitReport saved = reports.submitFinal(campaignId, official.userId(),
                new ReportService.FinalReport(body.values(), body.examples(), body.difficulties(), body.proposals()));
        return Map.of("reportId", saved.getId(), "version", saved.getVersion());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy báo cáo của đơn vị.");
    }
}
