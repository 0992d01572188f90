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
    private final WardAccess access = new WardAccess(agencies);

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
}
