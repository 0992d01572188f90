package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.award.history.AwardHistoryService;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.support.AuditorLogins;
import vn.thidua.support.Http;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.OtherWard;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;

/**
 * Sổ theo dõi khen thưởng (the page and its JSON) on awards recorded from paper decisions: fifty a
 * page in Vietnamese order, a unit head limited to their unit's awards on both, another ward's
 * official told there is nothing, a bad year refused on our error page.
 */
@IntegrationTest
class AwardHistoryPagesTest {

    private static final Pattern RECIPIENT = Pattern.compile("class=\"recipient\">([^<]+)<");

    @LocalServerPort int port;
    @Autowired AwardHistoryService history;
    @Autowired OtherWard otherWard;
    @Autowired PlanStages stages;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired AuditorLogins auditors;

    @Test
    void fiftyAPageInVietnameseOrder() {
        long ward = otherWard.agency().getId();
        String login = stages.otherWardOfficial();
        // Đức before Hải (D, Đ, … H); code point order would put Đ after every plain letter.
        List<String> names = new ArrayList<>(List.of("Lê Văn Hải", "Lê Văn Đức"));
        for (int i = 1; i <= 49; i++) {
            names.add(String.format("Phạm Thị Yến%02d", i));
        }
        for (String name : names) {
            history.record(ward, AwardProposal.CandidateKind.INDIVIDUAL, name, null, null, AwardType.LAO_DONG_TIEN_TIEN, 2019,
                    "03/QĐ-UBND", LocalDate.of(2019, 12, 20), null);
        }
        Http http = new Http(port);
        HttpResponse<String> first = http.page(login, "/app/khen-thuong?year=2019");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("51 lượt khen thưởng", "Trang 1/2", "id=\"next-page\"")
                .doesNotContain("id=\"previous-page\"");
        List<String> page1 = recipients(first.body());
        assertThat(page1).hasSize(50).startsWith("Lê Văn Đức", "Lê Văn Hải");
        HttpResponse<String> second = http.page(login, "/app/khen-thuong?year=2019&page=1");
        assertThat(second.body()).contains("Trang 2/2", "id=\"previous-page\"").doesNotContain("id=\"next-page\"");
        assertThat(recipients(second.body())).containsExactly("Phạm Thị Yến49");
        HttpResponse<String> beyond = http.page(login, "/app/khen-thuong?year=2019&page=50000000");
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(recipients(beyond.body())).isEmpty();
        // Without diacritics, and a year with none of them.
        assertThat(recipients(http.page(login, "/app/khen-thuong?year=2019&q=le+van+duc").body())).containsExactly("Lê Văn Đức");
        assertThat(http.page(login, "/app/khen-thuong?year=2018&q=le+van").body()).contains("0 lượt khen thưởng");
    }

    @Test
    void aUnitHeadReadsOnlyTheirOwnUnitsAwardsOnThePageAndOverTheApi() {
        long ward = agencies.findByCode("thach-khoi").orElseThrow().getId();
        long tdp04 = units.findByAgencyIdAndCode(ward, "tdp-04").orElseThrow().getId();
        long tdp05 = units.findByAgencyIdAndCode(ward, "tdp-05").orElseThrow().getId();
        history.record(ward, AwardProposal.CandidateKind.INDIVIDUAL, "Hoàng Thị Ánh", null, tdp04, AwardType.GIAY_KHEN, 2017,
                "09/QĐ-UBND", LocalDate.of(2017, 12, 1), 1);
        history.record(ward, AwardProposal.CandidateKind.HOUSEHOLD, "Hộ ông Hoàng Văn Bảy", null, tdp05,
                AwardType.GIA_DINH_VAN_HOA, 2017, "09/QĐ-UBND", LocalDate.of(2017, 12, 1), 2);
        Http http = new Http(port);
        String head = stages.head("tdp-04");

        HttpResponse<String> own = http.page(head, "/app/khen-thuong?year=2017&q=hoang");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("id=\"own-unit-only\"");
        assertThat(recipients(own.body())).containsExactly("Hoàng Thị Ánh");
        assertThat(http.basic(head, "GET", "/api/award-history?year=2017&q=hoang", null).body())
                .contains("Hoàng Thị Ánh").doesNotContain("Hoàng Văn Bảy");

        HttpResponse<String> whole = http.page(PlanDriver.SPECIALIST, "/app/khen-thuong?year=2017&q=hoang");
        assertThat(whole.body()).doesNotContain("id=\"own-unit-only\"").contains("Hộ gia đình");
        assertThat(recipients(whole.body())).containsExactly("Hoàng Thị Ánh", "Hộ ông Hoàng Văn Bảy");
        assertThat(http.basic(PlanDriver.SPECIALIST, "GET", "/api/award-history?year=2017&q=hoang", null).body())
                .contains("Hoàng Thị Ánh", "Hoàng Văn Bảy");

        HttpResponse<String> otherWardsOfficial = http.page(stages.otherWardOfficial(), "/app/khen-thuong?agency=thach-khoi");
        assertThat(otherWardsOfficial.statusCode()).isEqualTo(404);
        assertThat(otherWardsOfficial.body()).contains("id=\"error-page\"").doesNotContain("Hoàng Thị Ánh");
        assertThat(http.basic(stages.otherWardOfficial(), "GET", "/api/award-history?agency=thach-khoi", null).statusCode())
                .isEqualTo(404);

        // The city's auditor reads the wards under the city; the city's own agency gives no award round to them: 403.
        String cityAuditor = auditors.city();
        assertThat(recipients(http.page(cityAuditor, "/app/khen-thuong?agency=thach-khoi&year=2017&q=hoang").body()))
                .containsExactly("Hoàng Thị Ánh", "Hộ ông Hoàng Văn Bảy");
        HttpResponse<String> city = http.page(cityAuditor, "/app/khen-thuong?agency=" + AuditorLogins.CITY_AGENCY);
        assertThat(city.statusCode()).isEqualTo(403);
        assertThat(city.body()).contains("id=\"error-page\"", "Không có quyền truy cập");

        HttpResponse<String> badYear = http.page(PlanDriver.SPECIALIST, "/app/khen-thuong?year=1890");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.body()).contains("id=\"error-page\"", "Năm không hợp lệ").doesNotContain("Whitelabel");
    }

    private static List<String> recipients(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = RECIPIENT.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
