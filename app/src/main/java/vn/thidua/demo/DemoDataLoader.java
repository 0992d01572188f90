package vn.thidua.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/**
 * Demo profile only: the fictional Thạch Khôi ward with its 28 units and logins, and the Thạch Khôi
 * plan waiting in the specialist's Tasklist as a draft. Idempotent: a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String WARD = "thach-khoi";

    private final OrganisationImporter organisations;
    private final AgencyRepository agencies;
    private final PersonRepository people;
    private final EngineIdentitySync identitySync;
    private final IdentityService identity;
    private final PlanImporter plans;
    private final PlanProcess planProcess;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String password;
    private final DemoSigningKeys.Maker signingKeys;
    private final PlanRepository planRepository;
    private final DemoAdministrator administrator;

    DemoDataLoader(OrganisationImporter organisations, AgencyRepository agencies, PersonRepository people,
            EngineIdentitySync identitySync, IdentityService identity, PlanImporter plans, PlanProcess planProcess,
            TransactionTemplate tx, Clock clock, @Value("${thidua.demo.password}") String password,
            DemoSigningKeys.Maker signingKeys, PlanRepository planRepository, DemoAdministrator administrator) {
        this.administrator = administrator;
        this.signingKeys = signingKeys;
        this.planRepository = planRepository;
        this.organisations = organisations;
        this.agencies = agencies;
        this.people = people;
        this.identitySync = identitySync;
        this.identity = identity;
        this.plans = plans;
        this.planProcess = planProcess;
        this.tx = tx;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Every step checks its own result, so a first run stopped half-way (Ctrl-C while the demo
        // keys are generated, say) is completed by the next start instead of being skipped.
        administrator.ensure(password);
        Agency agency = agencies.findByCode(WARD).orElseGet(() ->
                organisations.importWard(read("demo/demo-organisation-thach-khoi.json"), "UBND thành phố Hải Phòng"));
        identitySync.sync(agency.getId());
        tx.executeWithoutResult(s -> people.findByAgencyId(agency.getId()).forEach(p -> {
            User user = identity.createUserQuery().userId(p.getUsername()).singleResult();
            if (user.getPassword() == null) {
                user.setPassword(password);
                DemoPasswords.saveSkippingPolicy(identity, user);
            }
        }));
        signingKeys.ensureFor(agency);
        List<Plan> existing = planRepository.findByAgencyIdOrderByIdDesc(agency.getId());
        Plan plan = existing.isEmpty()
                ? plans.createDraft(agency.getId(), DemoPlans.thachKhoi(LocalDate.now(clock)), "diep.tn")
                : existing.get(existing.size() - 1);
        if (plan.getProcessInstanceId() == null) {
            planProcess.start(plan.getId(), WARD);
        }
    }

    private static OrganisationData read(String path) {
        ObjectMapper mapper = JsonVariables.mapper();
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(path)) {
            return mapper.readValue(in, OrganisationData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Demo organisation cannot be read", e);
        }
    }
}
