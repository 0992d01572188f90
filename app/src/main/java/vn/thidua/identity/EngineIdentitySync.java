package vn.thidua.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.CouncilMemberRepository;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;

/**
 * Mirrors an agency's organisation into the engine: users, role/unit/council groups, the agency's
 * tenant, Tasklist filters and the authorizations each group needs. Our tables are the source of
 * truth; this runs at every start and is idempotent. The agency row is locked meanwhile, so two
 * nodes starting together do not create anything twice.
 */
@Service
public class EngineIdentitySync {

    /** Names shown in Tasklist's filter list, in Vietnamese, per role. */
    private static final Map<String, String> ROLE_FILTERS = new LinkedHashMap<>();

    static {
        ROLE_FILTERS.put(Role.SPECIALIST, "Chuyên viên thi đua - khen thưởng");
        ROLE_FILTERS.put(Role.VICE_CHAIRMAN, "Phó Chủ tịch UBND");
        ROLE_FILTERS.put(Role.CHAIRMAN, "Chủ tịch UBND");
        ROLE_FILTERS.put(Role.CLERK, "Văn thư");
    }

    private final IdentityService identity;
    private final EngineAuthorizations grants;
    private final TasklistFilters filters;
    private final AgencyRepository agencies;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final CouncilMemberRepository councilMembers;

    EngineIdentitySync(IdentityService identity, EngineAuthorizations grants, TasklistFilters filters,
            AgencyRepository agencies, PersonRepository people, OrgUnitRepository units,
            CouncilMemberRepository councilMembers) {
        this.identity = identity;
        this.grants = grants;
        this.filters = filters;
        this.agencies = agencies;
        this.people = people;
        this.units = units;
        this.councilMembers = councilMembers;
    }

    @Transactional
    public void sync(Long agencyId) {
        Agency agency = agencies.lockById(agencyId).orElseThrow();
        String a = agency.getCode();
        String tenant = GroupIds.tenant(a);
        if (identity.createTenantQuery().tenantId(tenant).singleResult() == null) {
            org.camunda.bpm.engine.identity.Tenant created = identity.newTenant(tenant);
            created.setName(agency.getShortName());
            identity.saveTenant(created);
        }

        List<String> agencyGroups = new ArrayList<>();
        for (String role : List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.SPECIALIST, Role.CLERK, Role.AUDITOR,
                Role.COUNCIL_CHAIR, Role.COUNCIL_VICE_CHAIR, Role.COUNCIL_STANDING_VICE_CHAIR, Role.COUNCIL_MEMBER,
                Role.COUNCIL_SECRETARY)) {
            agencyGroups.add(ensureGroup(GroupIds.role(a, role), roleName(role) + " - " + agency.getShortName(), tenant));
        }
        agencyGroups.add(ensureGroup(GroupIds.council(a), "Hội đồng Thi đua - Khen thưởng - " + agency.getShortName(), tenant));
        List<OrgUnit> agencyUnits = units.findByAgencyId(agencyId);
        for (OrgUnit unit : agencyUnits) {
            agencyGroups.add(ensureGroup(GroupIds.unit(a, unit.getCode()), unit.getName(), tenant));
        }

        for (Person person : people.findByAgencyId(agencyId)) {
            ensureUser(person, tenant);
            for (String role : person.getRoles()) {
                ensureMembership(person.getUsername(), GroupIds.role(a, role));
            }
        }
        for (OrgUnit unit : agencyUnits) {
            if (unit.getHeadUsername() != null) {
                ensureMembership(unit.getHeadUsername(), GroupIds.unit(a, unit.getCode()));
            }
        }
        councilMembers.findByAgencyIdOrderByPosition(agencyId).forEach(m -> people.findById(m.getPersonId())
                .ifPresent(p -> ensureMembership(p.getUsername(), GroupIds.council(a))));

        grantTasklist(agencyGroups);
        grantPlanStart(GroupIds.role(a, Role.SPECIALIST));
        grantAudit(GroupIds.role(a, Role.AUDITOR));
        createFilters(agency, agencyUnits, agencyGroups);
    }

    private void grantTasklist(List<String> groups) {
        for (String group : groups) {
            grants.grantGroup(group, Resources.APPLICATION, "tasklist", ACCESS);
            // Tasklist shows the process name and loads deployed forms of the task's definition.
            grants.grantGroup(group, Resources.PROCESS_DEFINITION, "*", READ);
        }
    }

    private void grantPlanStart(String specialistGroup) {
        grants.grantGroup(specialistGroup, Resources.PROCESS_DEFINITION, "planLifecycle", READ, CREATE_INSTANCE);
        grants.grantGroup(specialistGroup, Resources.PROCESS_INSTANCE, "*", CREATE);
    }

    /** Auditors read everything of their tenant (tenant check keeps other wards out), change nothing. */
    private void grantAudit(String auditorGroup) {
        grants.grantGroup(auditorGroup, Resources.APPLICATION, "cockpit", ACCESS);
        grants.grantGroup(auditorGroup, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        grants.grantGroup(auditorGroup, Resources.PROCESS_INSTANCE, "*", READ);
        grants.grantGroup(auditorGroup, Resources.TASK, "*", READ);
        grants.grantGroup(auditorGroup, Resources.DEPLOYMENT, "*", READ);
        grants.grantGroup(auditorGroup, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
    }

    private void createFilters(Agency agency, List<OrgUnit> agencyUnits, List<String> agencyGroups) {
        String a = agency.getCode();
        filters.ensurePersonalFilter("Việc được giao cho tôi", agencyGroups);
        int priority = 0;
        for (Map.Entry<String, String> role : ROLE_FILTERS.entrySet()) {
            filters.ensureGroupFilter(GroupIds.role(a, role.getKey()), role.getValue() + " · " + agency.getPlace(), priority++);
        }
        filters.ensureGroupFilter(GroupIds.council(a), "Hội đồng TĐKT · " + agency.getPlace(), priority++);
        for (OrgUnit unit : agencyUnits) {
            filters.ensureGroupFilter(GroupIds.unit(a, unit.getCode()), "Đơn vị: " + unit.getName(), 100 + priority++);
        }
    }

    private String ensureGroup(String groupId, String name, String tenant) {
        if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
            Group group = identity.newGroup(groupId);
            group.setName(name.length() > 255 ? name.substring(0, 255) : name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            identity.createTenantGroupMembership(tenant, groupId);
        }
        return groupId;
    }

    private void ensureUser(Person person, String tenant) {
        User user = identity.createUserQuery().userId(person.getUsername()).singleResult();
        if (user == null) {
            user = identity.newUser(person.getUsername());
            user.setFirstName(person.givenName());
            user.setLastName(person.familyAndMiddleName());
            identity.saveUser(user);
        }
        if (identity.createTenantQuery().userMember(person.getUsername()).tenantId(tenant).count() == 0) {
            identity.createTenantUserMembership(tenant, person.getUsername());
        }
    }

    private void ensureMembership(String username, String groupId) {
        if (identity.createUserQuery().userId(username).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(username, groupId);
        }
    }

    private static String roleName(String role) {
        return switch (role) {
            case Role.CHAIRMAN -> "Chủ tịch UBND";
            case Role.VICE_CHAIRMAN -> "Phó Chủ tịch UBND";
            case Role.SPECIALIST -> "Chuyên viên thi đua - khen thưởng";
            case Role.CLERK -> "Văn thư";
            case Role.AUDITOR -> "Kiểm tra, giám sát";
            case Role.COUNCIL_CHAIR -> "Chủ tịch Hội đồng TĐKT";
            case Role.COUNCIL_VICE_CHAIR -> "Phó Chủ tịch Hội đồng TĐKT";
            case Role.COUNCIL_STANDING_VICE_CHAIR -> "Phó Chủ tịch thường trực Hội đồng TĐKT";
            case Role.COUNCIL_MEMBER -> "Ủy viên Hội đồng TĐKT";
            case Role.COUNCIL_SECRETARY -> "Thư ký Hội đồng TĐKT";
            default -> role;
        };
    }
}
