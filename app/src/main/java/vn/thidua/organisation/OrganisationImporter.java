package vn.thidua.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.common.validation.ConflictException;

/**
 * Creates a ward's agency, units, people and council from an organisation file. Unit heads who
 * have no login in the file get one ("long.tv"), because every unit reports through its head.
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

    @Transactional
    public Agency importWard(OrganisationData data, String parentName) {
        OrganisationData.Ward ward = data.ward();
        if (agencies.findByCode(ward.code()).isPresent()) {
            throw new ConflictException("Đơn vị hành chính '" + ward.code() + "' đã có trong hệ thống.");
        }
        String place = VietnameseText.clean(ward.name()).replaceFirst("^(Phường|Xã|Thị trấn)\\s+", "");
        Agency agency = new Agency(ward.code(), clean(ward.agency()), clean(ward.shortName()), place,
                clean(ward.level()), clean(ward.city()));
        agency.setParentName(parentName);
        agency.setNumberingMode(ward.numbering());
        agencies.save(agency);

        Map<String, OrgUnit> unitsByCode = new HashMap<>();
        for (OrganisationData.Unit u : data.units()) {
            OrgUnit unit = new OrgUnit(agency.getId(), u.code(), clean(u.name()), clean(u.kind()), clean(u.group()),
                    u.parentCode());
            unitsByCode.put(u.code(), units.save(unit));
        }

        Set<String> taken = new HashSet<>();
        people.findAll().forEach(p -> taken.add(p.getUsername()));
        Map<String, Person> peopleByCode = new HashMap<>();
        for (OrganisationData.PersonData p : data.people()) {
            OrgUnit unit = unitsByCode.get(p.unitCode());
            Person person = new Person(agency.getId(), p.code(), p.username(), clean(p.fullName()), p.gender(),
                    clean(p.position()), unit == null ? null : unit.getId());
            person.getRoles().addAll(p.roles() == null ? List.of() : p.roles());
            taken.add(p.username());
            peopleByCode.put(p.code(), people.save(person));
        }

        for (OrganisationData.Unit u : data.units()) {
            OrganisationData.Head head = u.head();
            if (head == null) {
                continue;
            }
            OrgUnit unit = unitsByCode.get(u.code());
            Person person = head.personCode() == null ? null : peopleByCode.get(head.personCode());
            if (person == null) {
                String username = UsernameGenerator.forName(head.fullName(), taken);
                taken.add(username);
                person = people.save(new Person(agency.getId(), "head-" + u.code(), username, clean(head.fullName()),
                        head.gender(), clean(head.title() + ", " + u.name()), unit.getId()));
            }
            unit.setHead(clean(head.fullName()), clean(head.title()), head.gender(), person.getUsername());
            units.save(unit);
        }

        int position = 0;
        for (OrganisationData.Council council : data.councils() == null ? List.<OrganisationData.Council>of() : data.councils()) {
            for (OrganisationData.Member m : council.members()) {
                Person member = peopleByCode.get(m.personCode());
                if (member != null) {
                    councilMembers.save(new CouncilMember(agency.getId(), member.getId(), clean(m.councilRole()), position++));
                }
            }
        }
        return agency;
    }

    private static String clean(String text) {
        return VietnameseText.clean(text);
    }
}
