package vn.thidua.support;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;

/**
 * The auditors the tests need beside the demo ward's own (nhung.cth), created once per database:
 * the city's auditor (Hải Phòng, the demo ward's parent) and the auditor of another ward of the
 * same city. Each is imported as an organisation file and synced into the engine as at start-up.
 */
@Component
public class AuditorLogins {

    /** Role kiem-tra-thanh-pho in the city's agency "hai-phong-audit". */
    public static final String CITY = "kiem.tra.thanh-pho";
    public static final String CITY_AGENCY = "hai-phong-audit";
    /** Role kiem-tra-giam-sat in the ward "audit-other" (Xã Kiểm), also under Hải Phòng. */
    public static final String OTHER_WARD = "kiem.tra.audit-other";
    public static final String OTHER_WARD_AGENCY = "audit-other";

    private final IdentityService identity;
    private final OrganisationImporter organisations;
    private final EngineIdentitySync identitySync;

    AuditorLogins(IdentityService identity, OrganisationImporter organisations, EngineIdentitySync identitySync) {
        this.identity = identity;
        this.organisations = organisations;
        this.identitySync = identitySync;
    }

    public synchronized String city() {
        if (identity.createUserQuery().userId(CITY).count() == 0) {
            create(new OrganisationData(
                    new OrganisationData.Ward(CITY_AGENCY, "Thành phố Hải Phòng", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
                            "UBND thành phố Hải Phòng", "thành phố", "Hải Phòng"),
                    List.of(new OrganisationData.PersonData("ktp", "Đinh Thị Thanh Tâm", "Nữ", "Thanh tra viên", "vp", CITY,
                            List.of("kiem-tra-thanh-pho"))),
                    List.of(),
                    List.of(new OrganisationData.Unit("vp", "Văn phòng UBND thành phố", "cơ quan", "Chính quyền", null, null))),
                    null, CITY);
        }
        return CITY;
    }

    public synchronized String otherWard() {
        if (identity.createUserQuery().userId(OTHER_WARD).count() == 0) {
            create(new OrganisationData(
                    new OrganisationData.Ward(OTHER_WARD_AGENCY, "Xã Kiểm", "ỦY BAN NHÂN DÂN XÃ KIỂM", "UBND xã Kiểm", "xã", "Hải Phòng"),
                    List.of(new OrganisationData.PersonData("kt", "Lê Văn Kiểm", "Nam", "Kiểm tra viên", "ubnd", OTHER_WARD,
                            List.of("kiem-tra-giam-sat"))),
                    List.of(),
                    List.of(new OrganisationData.Unit("ubnd", "Ủy ban nhân dân xã Kiểm", "cơ quan", "Chính quyền", null, null))),
                    "UBND thành phố Hải Phòng", OTHER_WARD);
        }
        return OTHER_WARD;
    }

    private void create(OrganisationData data, String parentName, String username) {
        Agency agency = organisations.importWard(data, parentName);
        identitySync.sync(agency.getId());
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword("demo");
        // The demo password, saved past the password policy as the demo profile does (DemoPasswords).
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
    }
}
