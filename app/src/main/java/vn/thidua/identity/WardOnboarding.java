package vn.thidua.identity;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;

/**
 * Adds a ward: imports its organisation file and mirrors it into the engine in one transaction.
 * The engine runs on Spring's transaction manager and our data source, so its users, groups,
 * tenant, filters and grants commit or roll back with our rows: a failure late in the sync leaves
 * neither a half ward in our tables nor engine ids that would stop the next start.
 */
@Service
class WardOnboarding {

    private final OrganisationImporter importer;
    private final EngineIdentitySync sync;
    private final JdbcTemplate jdbc;

    WardOnboarding(OrganisationImporter importer, EngineIdentitySync sync, JdbcTemplate jdbc) {
        this.importer = importer;
        this.sync = sync;
        this.jdbc = jdbc;
    }

    @Transactional
    public Agency addWard(OrganisationData data, String parentName) {
        Agency agency = importer.importWard(data, parentName, engineLogins());
        sync.sync(agency.getId());
        return agency;
    }

    /**
     * Every engine user id, read from the engine's table: the identity API would load whole users
     * and, under authorization checks, only those the caller may read.
     */
    private Set<String> engineLogins() {
        return new HashSet<>(jdbc.queryForList("SELECT ID_ FROM ACT_ID_USER", String.class));
    }
}
