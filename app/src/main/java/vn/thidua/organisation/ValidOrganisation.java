package vn.thidua.organisation;

import java.util.List;
import java.util.Map;

/**
 * An organisation file that passed {@link OrganisationRules}: every text cleaned (NFC, trimmed),
 * every reference resolvable, and the login of each unit head the file gives none, so writing it
 * cannot fail on our data.
 *
 * @param headLogins unit code → login made for a head who is not one of the file's people
 */
record ValidOrganisation(OrganisationData.Ward ward, String place, Agency.NumberingMode numbering, String parentName,
        List<OrganisationData.Unit> units, List<OrganisationData.PersonData> people,
        List<OrganisationData.Member> councilMembers, Map<String, String> headLogins) {

    /** A head who is not one of the file's people becomes a person with this code. */
    static String headPersonCode(String unitCode) {
        return "head-" + unitCode;
    }

    /** What a made-up head's person record says as position: "Tổ trưởng, Tổ dân phố số 3". */
    static String headPosition(OrganisationData.Unit unit) {
        String title = unit.head().title();
        return title == null ? unit.name() : title + ", " + unit.name();
    }
}
