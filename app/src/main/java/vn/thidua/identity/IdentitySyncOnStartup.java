package vn.thidua.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;

/**
 * Every start brings the engine's users, groups, filters and grants in line with our tables, one
 * ward per transaction. A ward that cannot be synced (data made bad by hand, say) is logged with
 * its code and the reason and keeps what the engine had; it never stops the start, so the other
 * wards keep working while someone repairs it.
 */
@Component
@Order(1)
class IdentitySyncOnStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySyncOnStartup.class);

    private final AgencyRepository agencies;
    private final EngineIdentitySync sync;

    IdentitySyncOnStartup(AgencyRepository agencies, EngineIdentitySync sync) {
        this.agencies = agencies;
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        int failed = 0;
        for (Agency agency : agencies.findAll()) {
            try {
                sync.sync(agency.getId());
            } catch (RuntimeException e) {
                failed++;
                LOG.error("Identity sync of ward '{}' (agency id {}) failed, its engine users and groups are left as they were: {}",
                        agency.getCode(), agency.getId(), NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
            }
        }
        if (failed > 0) {
            LOG.error("Identity sync: {} ward(s) could not be synced (see above); the other wards are in line", failed);
        }
    }
}
