package vn.thidua.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseText;

/**
 * Creates a ward's agency, units, people and council from an organisation file. The whole file is
 * checked first ({@link OrganisationRules}): a refused file writes nothing and names every problem.
 * Unit heads who have no login in the file get one ("long.tv"), because every unit reports
 * through its head.
 */
@Service
public class OrganisationImporter {

    private final AgencyRepository agencies;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final CouncilMemberRepository councilMembers;

    OrganisationImporter(AgencyRepository agencies, OrgUnitRepository units, PersonRepository people,
            CouncilMemberRepository councilMembers) {
        this.agencies = agencies;
        this.units = units;
        this.people = people;
        this.councilMembers = councilMembers;
    }

    /** For callers that know no engine accounts besides our people (the demo, tests). */
    @Transactional
    public Agency importWard(OrganisationData data, String parentName) {
        return importWard(data, parentName, Set.of());
    }

    /**
     * @param engineLogins the engine's user ids: they include accounts that are nobody of ours (the
     *                     administrator, accounts made in Camunda Admin), which a ward's login must
     *                     not take over
     * @throws WardAlreadyExistsException when the ward's code is already in the system
     * @throws vn.thidua.common.validation.InvalidInputException listing every problem of the file
     */
    @Transactional
    public Agency importWard(OrganisationData data, String parentName, Set<String> engineLogins) {
        String code = data == null || data.ward() == null ? null : VietnameseText.cleanOrNull(data.ward().code());
        if (code != null && agencies.findByCode(code).isPresent()) {
            throw new WardAlreadyExistsException(code);
        }
        return write(new OrganisationRules(existing(engineLogins)).check(data, parentName));
    }

    /**
     * Logins and place names already in use, read in two queries (usernames and ward codes only,
     * not whole people): a city's logins fit in memory, and a made-up head login may need several
     * look-ups ("long.tv", "long.tv2", ...).
     */
    private OrganisationRules.Existing existing(Set<String> engineLogins) {
        Map<Long, String> wardCodes = new HashMap<>();
        Map<String, String> wardByPlace = new HashMap<>();
        agencies.findAll().forEach(a -> {
            wardCodes.put(a.getId(), a.getCode());
            wardByPlace.putIfAbsent(a.getPlace(), a.getCode());
        });
        Map<String, String> wardByLogin = new HashMap<>();
        people.logins().forEach(l -> wardByLogin.put(l.getUsername(), wardCodes.getOrDefault(l.getAgencyId(), "")));
        return new OrganisationRules.Existing() {
            @Override
            public String ownerOfLogin(String login) {
                String ward = wardByLogin.get(login);
                return ward != null ? ward : engineLogins.contains(login) ? "" : null;
            }

            @Override
            public String wardWithPlace(String place) {
                return wardByPlace.get(place);
            }
        };
    }

    private Agency write(ValidOrganisation file) {
        OrganisationData.Ward ward = file.ward();
        Agency agency = new Agency(ward.code(), ward.agency(), ward.shortName(), file.place(), ward.level(), ward.city());
        agency.setParentName(file.parentName());
        agency.setNumberingMode(file.numbering());
        agencies.save(agency);

        Map<String, OrgUnit> unitsByCode = new HashMap<>();
        for (OrganisationData.Unit u : file.units()) {
            unitsByCode.put(u.code(), units.save(new OrgUnit(agency.getId(), u.code(), u.name(), u.kind(), u.group(), u.parentCode())));
        }

        Map<String, Person> peopleByCode = new HashMap<>();
        for (OrganisationData.PersonData p : file.people()) {
            OrgUnit unit = p.unitCode() == null ? null : unitsByCode.get(p.unitCode());
            Person person = new Person(agency.getId(), p.code(), p.username(), p.fullName(), p.gender(), p.position(),
                    unit == null ? null : unit.getId());
            person.getRoles().addAll(p.roles());
            peopleByCode.put(p.code(), people.save(person));
        }

        for (OrganisationData.Unit u : file.units()) {
            OrganisationData.Head head = u.head();
            if (head == null) {
                continue;
            }
            OrgUnit unit = unitsByCode.get(u.code());
            Person person = head.personCode() == null
                    ? people.save(new Person(agency.getId(), ValidOrganisation.headPersonCode(u.code()), file.headLogins().get(u.code()),
                            head.fullName(), head.gender(), ValidOrganisation.headPosition(u), unit.getId()))
                    : peopleByCode.get(head.personCode());
            unit.setHead(head.fullName(), head.title(), head.gender(), person.getUsername());
            units.save(unit);
        }

        int position = 0;
        for (OrganisationData.Member m : file.councilMembers()) {
            councilMembers.save(new CouncilMember(agency.getId(), peopleByCode.get(m.personCode()).getId(), m.councilRole(), position++));
        }
        return agency;
    }
}
