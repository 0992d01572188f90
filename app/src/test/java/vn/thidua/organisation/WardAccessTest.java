package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.security.Official;

/** The one ward-access rule: another ward's official learns nothing (404), a wrong role is refused (403). */
class WardAccessTest {

    private final AgencyRepository agencies = mock(AgencyRepository.class);
    private final PersonRepository people = mock(PersonRepository.class);
    private final WardAccess access = new WardAccess(agencies, people);

    private final Official clerk = new Official("ngoc.ntb", List.of("thach-khoi.van-thu"), List.of("thach-khoi"));
    private final Official unitHead = new Official("hai.nv", List.of("thach-khoi.unit.tdp-01"), List.of("thach-khoi"));
    private final Official otherWard = new Official("x.y", List.of("ha-dong.van-thu"), List.of("ha-dong"));

    @Test
    void anOfficialOfTheWardSeesWhatItOwns() {
        Agency thachKhoi = mock(Agency.class);
        when(thachKhoi.getCode()).thenReturn("thach-khoi");
        when(agencies.findById(7L)).thenReturn(Optional.of(thachKhoi));

        assertThat(access.toAgency(clerk, 7L)).isEqualTo(WardAccess.Answer.ALLOWED);
        assertThat(access.toAgency(unitHead, 7L)).isEqualTo(WardAccess.Answer.ALLOWED);
        assertThat(access.toAgency(otherWard, 7L)).isEqualTo(WardAccess.Answer.NOT_FOUND);
        assertThat(access.toAgency(null, 7L)).isEqualTo(WardAccess.Answer.NOT_FOUND);
        assertThat(access.toAgency(clerk, 8L)).as("no such agency").isEqualTo(WardAccess.Answer.NOT_FOUND);
    }

    @Test
    void aRoleTheEndpointNeedsIsCheckedOnlyInsideTheWard() {
        List<String> readers = List.of(Role.CLERK, Role.CHAIRMAN);
        assertThat(access.toWard(clerk, "thach-khoi", readers)).isEqualTo(WardAccess.Answer.ALLOWED);
        assertThat(access.toWard(unitHead, "thach-khoi", readers)).isEqualTo(WardAccess.Answer.FORBIDDEN);
        assertThat(access.toWard(otherWard, "thach-khoi", readers)).isEqualTo(WardAccess.Answer.NOT_FOUND);
        assertThat(access.toWard(clerk, null, readers)).isEqualTo(WardAccess.Answer.NOT_FOUND);
    }

    @Test
    void theDefaultWardIsOneWhereTheOfficialHoldsTheRole() {
        Official both = new Official("a.b", List.of("b-ward.van-thu"), List.of("a-ward", "b-ward"));
        assertThat(access.defaultWard(both, List.of(Role.CLERK))).contains("b-ward");
        assertThat(access.defaultWard(both, List.of(Role.CHAIRMAN))).contains("a-ward");
        assertThat(access.defaultWard(new Official("n", List.of(), List.of()), List.of(Role.CLERK))).isEmpty();
    }

    @Test
    void aCityAuditorsDefaultIsTheCityNotTheFirstWardOfTheirTenants() {
        Agency city = mock(Agency.class);
        when(city.getCode()).thenReturn("hai-phong");
        when(agencies.findById(1L)).thenReturn(Optional.of(city));
        Person auditor = new Person(1L, "ktp", "kiem.tra.tp", "Đinh Thị Thanh Tâm", "Nữ", "Thanh tra viên", null);
        when(people.findByUsername("kiem.tra.tp")).thenReturn(Optional.of(auditor));
        // The engine puts the city's auditor group in the tenant of every ward under the city.
        Official cityAuditor = new Official("kiem.tra.tp", List.of("hai-phong.kiem-tra-thanh-pho"),
                List.of("an-duong", "hai-phong", "thach-khoi"));

        assertThat(access.ownAgency(cityAuditor)).contains(city);
        assertThat(access.defaultWard(cityAuditor, List.of())).contains("hai-phong");
        assertThat(access.defaultWard(cityAuditor, List.of(Role.CITY_AUDITOR))).contains("hai-phong");
        assertThat(access.defaultWard(cityAuditor, List.of(Role.CLERK))).as("a role held nowhere").contains("hai-phong");
    }
}
