package vn.thidua.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The organisation file format (see demo/demo-organisation-thach-khoi.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationData(Ward ward, List<PersonData> people, List<Council> councils, List<Unit> units) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ward(String code, String name, String agency, String shortName, String level, String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonData(String code, String fullName, String gender, String position, String unitCode,
            String username, List<String> roles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Council(String code, String name, List<Member> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String personCode, String fullName, String councilRole) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String code, String name, String kind, String group, String parentCode, Head head) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(String fullName, String title, String gender, String personCode) {
    }
}
