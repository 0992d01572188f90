package vn.thidua.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
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
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

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

    private static final String PERSONAL_FILTER = "Việc cần làm";

    static {
        ROLE_FILTERS.put(Role.SPECIALIST, "Chuyên viên thi đua - khen thưởng");
        ROLE_FILTERS.put(Role.VICE_CHAIRMAN, "Phó Chủ tịch UBND");
        ROLE_FILTERS.put(Role.CHAIRMAN, "Chủ tịch UBND");
        ROLE_FILTERS.put(Role.CLERK, "Văn thư");
    }

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final JdbcTemplate jdbc;
    private final EngineAuthorizations grants;
    private final TasklistFilters filters;
    private final AgencyRepository agencies;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final CouncilMemberRepository councilMembers;

    EngineIdentitySync(IdentityService identity, AuthorizationService authorizations, JdbcTemplate jdbc,
            EngineAuthorizations grants, TasklistFilters filters, AgencyRepository agencies, PersonRepository people,
            OrgUnitRepository units, CouncilMemberRepository councilMembers) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.jdbc = jdbc;
        this.grants = grants;
        this.filters = filters;
        this.agencies = agencies;
        this.people = people;
        this.units = units;
        this.councilMembers = councilMembers;
    }

    /**
     * Brings the engine in line with the agency's tables. What exists is read in bulk first
     * ({@link IdentitySnapshot}): the cost per unit is a few map look-ups, and only missing items
     * are written. Returns the number of engine writes (0 for an unchanged ward).
     */
    @Transactional
    public int sync(Long agencyId) {
        Agency agency = agencies.lockById(agencyId).orElseThrow();
        String a = agency.getCode();
        String tenant = GroupIds.tenant(a);
        int tenantWrites = 0;
        if (identity.createTenantQuery().tenantId(tenant).singleResult() == null) {
            org.camunda.bpm.engine.identity.Tenant created = identity.newTenant(tenant);
            created.setName(agency.getShortName());
            identity.saveTenant(created);
            tenantWrites++;
        }

        List<OrgUnit> agencyUnits = units.findByAgencyId(agencyId);
        List<Person> agencyPeople = people.findByAgencyId(agencyId);
        Map<Long, Person> personById = new HashMap<>();
        agencyPeople.forEach(p -> personById.put(p.getId(), p));
        List<String> councilUsers = new ArrayList<>();
        councilMembers.findByAgencyIdOrderByPosition(agencyId).forEach(m -> Optional.ofNullable(personById.get(m.getPersonId()))
                .or(() -> people.findById(m.getPersonId())).ifPresent(p -> councilUsers.add(p.getUsername())));

        Map<String, String> groupNames = new LinkedHashMap<>();
        for (String role : Role.ALL) {
            groupNames.put(GroupIds.role(a, role), roleName(role) + " - " + agency.getShortName());
        }
        groupNames.put(GroupIds.council(a), "Hội đồng Thi đua - Khen thưởng - " + agency.getShortName());
        for (OrgUnit unit : agencyUnits) {
            groupNames.putIfAbsent(GroupIds.unit(a, unit.getCode()), unit.getName());
        }
        Map<String, String> filterNames = filterNames(agency, agencyUnits);
        List<String> userIds = new ArrayList<>(agencyPeople.stream().map(Person::getUsername).toList());
        IdentitySnapshot known = IdentitySnapshot.load(identity, authorizations, jdbc, a, tenant, groupNames.keySet(), userIds,
                filterNames.keySet());
        known.writes += tenantWrites;

        List<String> agencyGroups = new ArrayList<>();
        groupNames.forEach((groupId, name) -> agencyGroups.add(ensureGroup(known, groupId, name, tenant)));
        for (Person person : agencyPeople) {
            ensureUser(known, person, tenant);
            for (String role : person.getRoles()) {
                ensureMembership(known, person.getUsername(), GroupIds.role(a, role));
            }
        }
        for (OrgUnit unit : agencyUnits) {
            if (unit.getHeadUsername() != null) {
                ensureMembership(known, unit.getHeadUsername(), GroupIds.unit(a, unit.getCode()));
            }
        }
        councilUsers.forEach(u -> ensureMembership(known, u, GroupIds.council(a)));

        grantTasklist(known, agencyGroups);
        grantPlanStart(known, GroupIds.role(a, Role.SPECIALIST));
        grantAudit(known, GroupIds.role(a, Role.AUDITOR));
        grantAudit(known, GroupIds.role(a, Role.CITY_AUDITOR));
        createFilters(known, agency, agencyUnits, agencyGroups);
        return known.writes + letCityAuditorsIn(agency);
    }

    /**
     * A city's auditors read every ward under the city in Cockpit too: the city's auditor group is a
     * member of each such ward's tenant (the engine's tenant check then shows them that ward's
     * instances, tasks and history; their grants are read-only). A ward's own auditors stay in their
     * ward's tenant only. Done from both sides, so whichever of city and ward is synced last links
     * them: the ward to the cities above it, the city to the wards under it.
     */
    private int letCityAuditorsIn(Agency agency) {
        int writes = 0;
        for (Agency city : agencies.findParents(agency.getId())) {
            writes += cityAuditorsInTenant(city, agency);
        }
        for (Agency ward : agencies.findUnder(agency.getId())) {
            writes += cityAuditorsInTenant(agency, ward);
        }
        return writes;
    }

    private int cityAuditorsInTenant(Agency city, Agency ward) {
        String group = GroupIds.role(city.getCode(), Role.CITY_AUDITOR);
        String tenant = GroupIds.tenant(ward.getCode());
        if (identity.createGroupQuery().groupId(group).count() == 0 || identity.createTenantQuery().tenantId(tenant).count() == 0
                || identity.createTenantQuery().groupMember(group).tenantId(tenant).count() > 0) {
            return 0; // not synced yet (its own sync links it), or linked already
        }
        identity.createTenantGroupMembership(tenant, group);
        return 1;
    }

    private void grantTasklist(IdentitySnapshot known, List<String> groups) {
        for (String group : groups) {
            grants.grantGroup(known, group, Resources.APPLICATION, "tasklist", ACCESS);
            // Tasklist shows the process name and loads deployed forms of the task's definition.
            grants.grantGroup(known, group, Resources.PROCESS_DEFINITION, "*", READ);
        }
    }

    private void grantPlanStart(IdentitySnapshot known, String specialistGroup) {
        grants.grantGroup(known, specialistGroup, Resources.PROCESS_DEFINITION, PlanLifecycleModel.PROCESS_KEY, READ, CREATE_INSTANCE);
        grants.grantGroup(known, specialistGroup, Resources.PROCESS_INSTANCE, "*", CREATE);
    }

    /** Auditors read everything of their tenant (tenant check keeps other wards out), change nothing. */
    private void grantAudit(IdentitySnapshot known, String auditorGroup) {
        grants.grantGroup(known, auditorGroup, Resources.APPLICATION, "cockpit", ACCESS);
        grants.grantGroup(known, auditorGroup, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        grants.grantGroup(known, auditorGroup, Resources.PROCESS_INSTANCE, "*", READ);
        grants.grantGroup(known, auditorGroup, Resources.TASK, "*", READ);
        grants.grantGroup(known, auditorGroup, Resources.DEPLOYMENT, "*", READ);
        grants.grantGroup(known, auditorGroup, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
    }

    /**
     * Filter name → the group it is for (null: the personal filter), in Tasklist order. Every group
     * filter names its ward: filters are global in the engine and found again by name, so two wards'
     * "Tổ dân phố số 1" must not share one.
     */
    private static Map<String, String> filterNames(Agency agency, List<OrgUnit> agencyUnits) {
        String a = agency.getCode();
        String ward = " · " + agency.getPlace();
        Map<String, String> names = new LinkedHashMap<>();
        names.put(PERSONAL_FILTER, null);
        for (Map.Entry<String, String> role : ROLE_FILTERS.entrySet()) {
            names.put(role.getValue() + ward, GroupIds.role(a, role.getKey()));
        }
        names.put("Hội đồng TĐKT" + ward, GroupIds.council(a));
        for (OrgUnit unit : agencyUnits) {
            names.putIfAbsent("Đơn vị: " + unit.getName() + ward, GroupIds.unit(a, unit.getCode()));
        }
        return names;
    }

    private void createFilters(IdentitySnapshot known, Agency agency, List<OrgUnit> agencyUnits, List<String> agencyGroups) {
        int priority = 0;
        for (Map.Entry<String, String> filter : filterNames(agency, agencyUnits).entrySet()) {
            if (filter.getValue() == null) {
                filters.ensurePersonalFilter(known, filter.getKey(), agencyGroups);
            } else {
                boolean unit = filter.getKey().startsWith("Đơn vị: ");
                filters.ensureGroupFilter(known, filter.getValue(), filter.getKey(), (unit ? 100 : 0) + priority++);
            }
        }
    }

    private String ensureGroup(IdentitySnapshot known, String groupId, String name, String tenant) {
        if (!known.groups.contains(groupId)) {
            Group group = identity.newGroup(groupId);
            group.setName(name.length() > 255 ? name.substring(0, 255) : name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            identity.createTenantGroupMembership(tenant, groupId);
            known.groups.add(groupId);
            known.writes += 2;
        }
        return groupId;
    }

    private void ensureUser(IdentitySnapshot known, Person person, String tenant) {
        User user = known.users.get(person.getUsername());
        if (user == null || !Objects.equals(user.getFirstName(), person.familyAndMiddleName())
                || !Objects.equals(user.getLastName(), person.givenName())) {
            if (user == null) {
                user = identity.newUser(person.getUsername());
            }
            // Camunda's webapps write "first last" and sort by last: family and middle name first
            // and the given name last read "Phạm Minh Khang" and sort by "Khang", the Vietnamese
            // way (the webapps' labels say "Họ và tên đệm" and "Tên" accordingly). Engines synced
            // before this order, and people renamed in the organisation file, are brought in line.
            user.setFirstName(person.familyAndMiddleName());
            user.setLastName(person.givenName());
            identity.saveUser(user);
            known.users.put(person.getUsername(), user);
            known.writes++;
        }
        if (!known.tenantUsers.contains(person.getUsername())) {
            identity.createTenantUserMembership(tenant, person.getUsername());
            known.tenantUsers.add(person.getUsername());
            known.writes++;
        }
    }

    private void ensureMembership(IdentitySnapshot known, String username, String groupId) {
        if (known.memberships.add(IdentitySnapshot.key(username, groupId))) {
            identity.createMembership(username, groupId);
            known.writes++;
        }
    }

    private static String roleName(String role) {
        return switch (role) {
            case Role.CHAIRMAN -> "Chủ tịch UBND";
            case Role.VICE_CHAIRMAN -> "Phó Chủ tịch UBND";
            case Role.SPECIALIST -> "Chuyên viên thi đua - khen thưởng";
            case Role.CLERK -> "Văn thư";
            case Role.AUDITOR -> "Kiểm tra, giám sát";
            case Role.CITY_AUDITOR -> "Kiểm tra, giám sát cấp thành phố";
            case Role.COUNCIL_CHAIR -> "Chủ tịch Hội đồng TĐKT";
            case Role.COUNCIL_VICE_CHAIR -> "Phó Chủ tịch Hội đồng TĐKT";
            case Role.COUNCIL_STANDING_VICE_CHAIR -> "Phó Chủ tịch thường trực Hội đồng TĐKT";
            case Role.COUNCIL_MEMBER -> "Ủy viên Hội đồng TĐKT";
            case Role.COUNCIL_SECRETARY -> "Thư ký Hội đồng TĐKT";
            default -> role;
        };
    }
}
