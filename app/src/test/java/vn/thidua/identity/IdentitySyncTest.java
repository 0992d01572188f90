package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.support.IntegrationTest;

/**
 * The start-up sync reads what exists in bulk and writes only what is missing: an unchanged ward
 * costs no write at all (checked on the engine's tables, not only on the returned count), and a
 * membership and a grant that went missing come back, and nothing else is touched.
 */
@IntegrationTest
class IdentitySyncTest {

    private static final String UNIT_GROUP = "thach-khoi.unit.tdp-03";

    @Autowired EngineIdentitySync sync;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anUnchangedWardIsSyncedWithoutAnyWrite() {
        Long ward = agencies.findByCode("thach-khoi").orElseThrow().getId();
        sync.sync(ward);
        List<String> before = engineTables();
        assertThat(sync.sync(ward)).isZero();
        assertThat(engineTables()).isEqualTo(before);
    }

    @Test
    void aMissingMembershipAndGrantAreRestoredAndNothingElseIsWritten() {
        Long ward = agencies.findByCode("thach-khoi").orElseThrow().getId();
        sync.sync(ward);
        List<String> synced = engineTables();
        String head = units.findByAgencyIdAndCode(ward, "tdp-03").orElseThrow().getHeadUsername();
        identity.deleteMembership(head, UNIT_GROUP);
        Authorization filterGrant = authorizations.createAuthorizationQuery().groupIdIn(UNIT_GROUP)
                .resourceType(Resources.FILTER).list().stream()
                .filter(a -> !a.getResourceId().equals(personalFilterId())).findFirst().orElseThrow();
        authorizations.deleteAuthorization(filterGrant.getId());
        assertThat(identity.createUserQuery().memberOfGroup(UNIT_GROUP).count()).isZero();

        assertThat(sync.sync(ward)).isEqualTo(2);
        assertThat(identity.createUserQuery().memberOfGroup(UNIT_GROUP).singleResult().getId()).isEqualTo(head);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(UNIT_GROUP).resourceType(Resources.FILTER)
                .resourceId(filterGrant.getResourceId()).count()).isOne();
        assertThat(countsOnly(engineTables())).isEqualTo(countsOnly(synced));
        assertThat(sync.sync(ward)).isZero();
    }

    /**
     * Camunda's webapps show "first last" and sort by last: a person is "Phạm Minh Khang", sorted by
     * "Khang". An engine user written in the other order (as before) is put right by one write.
     */
    @Test
    void enginesUsersReadInVietnameseOrderAndAreSortedByGivenName() {
        Long ward = agencies.findByCode("thach-khoi").orElseThrow().getId();
        sync.sync(ward);
        User chairman = identity.createUserQuery().userId("khang.pm").singleResult();
        assertThat(chairman.getFirstName() + " " + chairman.getLastName()).isEqualTo("Phạm Minh Khang");

        chairman.setFirstName("Khang");
        chairman.setLastName("Phạm Minh");
        identity.saveUser(chairman);

        assertThat(sync.sync(ward)).isEqualTo(1);
        User synced = identity.createUserQuery().userId("khang.pm").singleResult();
        assertThat(List.of(synced.getFirstName(), synced.getLastName())).containsExactly("Phạm Minh", "Khang");
        assertThat(sync.sync(ward)).isZero();
    }

    private String personalFilterId() {
        return jdbc.queryForObject("SELECT ID_ FROM ACT_RU_FILTER WHERE NAME_ = ?", String.class, "Việc cần làm");
    }

    /** Rows and revisions of every table the sync writes to. */
    private List<String> engineTables() {
        return List.of(
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(REV_), 0)) FROM ACT_ID_GROUP", String.class),
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(REV_), 0)) FROM ACT_ID_USER", String.class),
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/0') FROM ACT_ID_MEMBERSHIP", String.class),
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/0') FROM ACT_ID_TENANT_MEMBER", String.class),
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(REV_), 0)) FROM ACT_ID_TENANT", String.class),
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(REV_), 0)) FROM ACT_RU_FILTER", String.class),
                jdbc.queryForObject("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(REV_), 0), '/', COALESCE(SUM(PERMS_), 0))"
                        + " FROM ACT_RU_AUTHORIZATION", String.class));
    }

    private static List<String> countsOnly(List<String> tables) {
        return tables.stream().map(t -> t.substring(0, t.indexOf('/'))).toList();
    }
}
