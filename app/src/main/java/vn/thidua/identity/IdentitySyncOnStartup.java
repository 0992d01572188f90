package vn.thidua.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.AgencyRepository;

/** Every start brings the engine's users, groups, filters and grants in line with our tables. */
@Component
@Order(1)
class IdentitySyncOnStartup implements ApplicationRunner {

    private final AgencyRepository agencies;
    private final EngineIdentitySync sync;

    IdentitySyncOnStartup(AgencyRepository agencies, EngineIdentitySync sync) {
        this.agencies = agencies;
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        agencies.findAll().forEach(a -> sync.sync(a.getId()));
    }
}
