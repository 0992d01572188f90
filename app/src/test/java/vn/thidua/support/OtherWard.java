package vn.thidua.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.demo.DemoPlans;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/** A second ward beside the demo's Thạch Khôi, with a plan of its own: what an official of Thạch Khôi must never reach. */
@Component
public class OtherWard {

    public static final String CODE = "xuan-thuy-test";
    public static final String SPECIALIST = "lan.tt.test";

    private final OrganisationImporter organisations;
    private final AgencyRepository agencies;
    private final EngineIdentitySync identitySync;
    private final PlanImporter plans;
    private final PlanProcess planProcess;
    private final Clock clock;

    OtherWard(OrganisationImporter organisations, AgencyRepository agencies, EngineIdentitySync identitySync, PlanImporter plans,
            PlanProcess planProcess, Clock clock) {
        this.organisations = organisations;
        this.agencies = agencies;
        this.identitySync = identitySync;
        this.plans = plans;
        this.planProcess = planProcess;
        this.clock = clock;
    }

    public synchronized Agency agency() {
        return agencies.findByCode(CODE).orElseGet(() -> {
            Agency agency = organisations.importWard(new OrganisationData(
                    new OrganisationData.Ward(CODE, "Xã Xuân Thủy", "ỦY BAN NHÂN DÂN XÃ XUÂN THỦY", "UBND xã Xuân Thủy", "xã", "Hải Phòng"),
                    List.of(new OrganisationData.PersonData("cv", "Trần Thị Lan", "Nữ", "Chuyên viên", "ubnd", SPECIALIST,
                            List.of("chuyen-vien-tdkt"))),
                    List.of(),
                    List.of(new OrganisationData.Unit("ubnd", "Ủy ban nhân dân xã Xuân Thủy", "cơ quan", "Chính quyền", null,
                            new OrganisationData.Head("Nguyễn Văn Bình", "Chủ tịch", "Nam", null)))),
                    "UBND thành phố Hải Phòng");
            identitySync.sync(agency.getId());
            return agency;
        });
    }

    /** A draft plan of this ward waiting for its own specialist, started by the system (no login). */
    public Plan draftPlan() {
        PlanData base = DemoPlans.thachKhoi(LocalDate.now(clock));
        PlanData data = new PlanData(base.document(), base.basis(), base.theme(), base.sections(), base.targets(),
                base.deadlines(), base.recipients(), List.of(new PlanData.UnitRef("ubnd", "ubnd", null, false)),
                base.launchDeadline(), base.reportDeadline(), base.campaignEnd());
        Plan plan = plans.createDraft(agency().getId(), data, SPECIALIST);
        planProcess.start(plan.getId());
        return plan;
    }
}
