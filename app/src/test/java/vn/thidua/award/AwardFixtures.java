package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.award.proposal.ProposalInput;
import vn.thidua.campaign.ReportService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.demo.DemoPlans;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;

/**
 * A Thạch Khôi plan whose round is open, without driving the whole process: the plan, a campaign
 * per unit, and final reports written through ReportService as the units would send them.
 */
@Component
class AwardFixtures {

    private final PlanImporter importer;
    private final AgencyRepository agencies;
    private final OrgUnitRepository units;
    private final UnitCampaignRepository campaigns;
    private final ReportService reports;
    private final AwardRoundService rounds;
    private final Clock clock;
    private final vn.thidua.award.proposal.ProposalService proposals;

    AwardFixtures(PlanImporter importer, AgencyRepository agencies, OrgUnitRepository units, UnitCampaignRepository campaigns,
            ReportService reports, AwardRoundService rounds, Clock clock, vn.thidua.award.proposal.ProposalService proposals) {
        this.proposals = proposals;
        this.importer = importer;
        this.agencies = agencies;
        this.units = units;
        this.campaigns = campaigns;
        this.reports = reports;
        this.rounds = rounds;
        this.clock = clock;
    }

    Agency ward() {
        return agencies.findByCode("thach-khoi").orElseThrow();
    }

    OrgUnit unit(String code) {
        return units.findByAgencyIdAndCode(ward().getId(), code).orElseThrow();
    }

    /** A plan addressed to the units, each with its campaign, and its round open until {@code deadline}. */
    AwardRound round(LocalDate deadline, String... unitCodes) {
        PlanData base = DemoPlans.thachKhoi(LocalDate.now(clock));
        List<PlanData.UnitRef> refs = Arrays.stream(unitCodes).map(c -> new PlanData.UnitRef(c, c, null, false)).toList();
        PlanData data = new PlanData(base.document(), base.basis(), base.theme(), base.sections(), base.targets(),
                base.deadlines(), base.recipients(), refs, base.launchDeadline(), base.reportDeadline(), base.campaignEnd());
        Plan plan = importer.createDraft(ward().getId(), data, "diep.tn");
        for (String code : unitCodes) {
            campaigns.save(new UnitCampaign(plan.getId(), unit(code).getId()));
        }
        return rounds.open(plan.getId(), deadline);
    }

    /**
     * The units send what they saved, as completing their proposal task does (these rounds run
     * without the units' processes): their drafts become submitted.
     */
    void send(AwardRound round, String... unitCodes) {
        for (String code : unitCodes) {
            proposals.submitUnit(round.getPlanId(), unit(code).getId());
        }
    }

    AwardRound round(String... unitCodes) {
        return round(LocalDate.now(clock).plusDays(10), unitCodes);
    }

    /** The unit's final report with the given values per target code (as typed: "90", "97,5"). */
    void finalReport(AwardRound round, String unitCode, Map<String, String> values) {
        UnitCampaign c = campaigns.findByPlanIdAndUnitId(round.getPlanId(), unit(unitCode).getId()).orElseThrow();
        reports.submitFinal(c.getId(), "test", new ReportService.FinalReport(values, null, null, null));
    }

    static ProposalInput individual(String name, String gender, String title, String completion, boolean initiative) {
        return new ProposalInput("INDIVIDUAL", null, name, "Tổ viên", gender, title, "Báo cáo thành tích năm.", completion,
                initiative, "KHONG", false, false, null, null, null, null, 9, 10, null);
    }

    static ProposalInput collective(String name, String title, int members, int ldtt, int women, String justification) {
        return new ProposalInput("COLLECTIVE", null, name, null, null, title, "Báo cáo thành tích tập thể.", "TOT",
                false, "KHONG", false, false, members, ldtt, women, 0, 20, 25, justification);
    }
}
