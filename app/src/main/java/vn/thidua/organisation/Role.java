package vn.thidua.organisation;

import java.util.List;

/** Role codes as in the organisation data; each becomes a group "{agency}.{role}" in the engine. */
public final class Role {

    public static final String CHAIRMAN = "chu-tich-ubnd";
    public static final String VICE_CHAIRMAN = "pho-chu-tich-ubnd";
    public static final String SPECIALIST = "chuyen-vien-tdkt";
    public static final String CLERK = "van-thu";
    public static final String AUDITOR = "kiem-tra-giam-sat";
    /** An auditor of a city-level agency: reads every ward under it (audit pages). */
    public static final String CITY_AUDITOR = "kiem-tra-thanh-pho";
    public static final String COUNCIL_CHAIR = "hd-tdkt-chu-tich";
    public static final String COUNCIL_VICE_CHAIR = "hd-tdkt-pho-chu-tich";
    public static final String COUNCIL_STANDING_VICE_CHAIR = "hd-tdkt-pho-chu-tich-thuong-truc";
    public static final String COUNCIL_MEMBER = "hd-tdkt-uy-vien";
    public static final String COUNCIL_SECRETARY = "hd-tdkt-thu-ky";

    /** Every role an organisation file may give a person; anything else is refused at import. */
    public static final List<String> ALL = List.of(CHAIRMAN, VICE_CHAIRMAN, SPECIALIST, CLERK, AUDITOR, CITY_AUDITOR,
            COUNCIL_CHAIR, COUNCIL_VICE_CHAIR, COUNCIL_STANDING_VICE_CHAIR, COUNCIL_MEMBER, COUNCIL_SECRETARY);

    private Role() {
    }
}
