package vn.thidua.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The organisation file format (see demo/demo-organisation-thach-khoi.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationData(Ward ward, List<PersonData> people, List<Council> councils, List<Unit> units) {

    /**
     * @param numberingMode how the register numbers documents (NĐ 30 Đ15 k1c, the head's choice):
     *                      "SINGLE" (one sequence for all types, the default when absent) or
     *                      "PER_TYPE" (KH, QĐ, ... each from 01)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ward(String code, String name, String agency, String shortName, String level, String city,
            String numberingMode) {

        public Ward(String code, String name, String agency, String shortName, String level, String city) {
            this(code, name, agency, shortName, level, city, null);
        }

        /** SINGLE when the file says nothing; an unknown value is an error, not a silent default. */
        public Agency.NumberingMode numbering() {
            if (numberingMode == null || numberingMode.isBlank()) {
                return Agency.NumberingMode.SINGLE;
            }
            try {
                return Agency.NumberingMode.valueOf(numberingMode.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ward.numberingMode phải là SINGLE hoặc PER_TYPE, không phải '"
                        + numberingMode + "'.", e);
            }
        }
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
