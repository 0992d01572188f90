package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.award.council.CouncilCandidates;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.support.IntegrationTest;

/**
 * The specialist's review over HTTP as the review form calls it: drafts a unit saved but did not
 * send are nowhere the officials look; the submitted ones page on the server, filtered by unit,
 * rule result and a name typed without diacritics, in the council's order, with the round's counts.
 */
@IntegrationTest
class ProposalReviewTest {

    private static final String SPECIALIST = "diep.tn";

    @Autowired TestRestTemplate http;
    @Autowired AwardFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired RoundCheckService roundCheck;
    @Autowired CouncilCandidates candidates;
    @Autowired ObjectMapper json;

    private JsonNode get(String user, String url) throws Exception {
        ResponseEntity<String> r = http.withBasicAuth(user, "demo").getForEntity(url, String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private static String list(AwardRound r, String query) {
        return "/api/award-rounds/" + r.getPlanId() + "/proposals" + query;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }

    @Test
    void aSavedProposalIsADraftOnlyItsUnitSeesUntilTheUnitSendsIt() throws Exception {
        AwardRound r = fixtures.round("tdp-01", "tdp-02");
        // tdp-02 has sent Trần Văn Tâm; tdp-01 saves the same name and another, and has not sent them yet.
        proposals.create(r.getPlanId(), fixtures.unit("tdp-02"), "hue.pt",
                AwardFixtures.individual("Trần Văn Tâm", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false));
        fixtures.send(r, "tdp-02");
        AwardProposal draft = proposals.create(r.getPlanId(), fixtures.unit("tdp-01"), "hai.nv",
                AwardFixtures.individual("Tran Van Tam", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false));
        proposals.create(r.getPlanId(), fixtures.unit("tdp-01"), "hai.nv",
                AwardFixtures.individual("Lê Thị Hoa", "Nữ", "LAO_DONG_TIEN_TIEN", "KHONG_HOAN_THANH", false));

        // The unit sees its drafts, with their rule result; the specialist, the council and the round's check do not.
        JsonNode own = get("hai.nv", list(r, ""));
        assertThat(names(own)).containsExactly("Tran Van Tam", "Lê Thị Hoa");
        own.get("items").forEach(i -> assertThat(i.get("status").asText()).isEqualTo("DRAFT"));
        assertThat(own.get("items").get(1).get("ruleEligible").asBoolean()).isFalse();
        JsonNode review = get(SPECIALIST, list(r, ""));
        assertThat(names(review)).containsExactly("Trần Văn Tâm");
        assertThat(review.at("/counts/submitted").asLong()).isEqualTo(1);
        assertThat(review.at("/counts/drafts").asLong()).isEqualTo(2);
        assertThat(review.at("/counts/duplicates").asLong()).isZero();
        assertThat(candidates.page(r.getPlanId(), 0, 50).total()).isEqualTo(1);
        RoundCheckService.RoundCheck check = roundCheck.check(r.getPlanId());
        assertThat(check.proposals()).isEqualTo(1);
        assertThat(check.duplicates()).isEmpty();
        // Nor can the specialist return a draft.
        assertThat(http.withBasicAuth(SPECIALIST, "demo").postForEntity("/api/award-proposals/" + draft.getId() + "/return",
                Map.of("comment", "Bổ sung"), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // Sent (what completing the unit's task does): now in the review, as a duplicate of tdp-02's.
        fixtures.send(r, "tdp-01");
        review = get(SPECIALIST, list(r, ""));
        assertThat(review.get("total").asLong()).isEqualTo(3);
        assertThat(review.at("/counts/drafts").asLong()).isZero();
        assertThat(review.at("/counts/duplicates").asLong()).isEqualTo(2);
        assertThat(roundCheck.check(r.getPlanId()).duplicates()).hasSize(1);
        assertThat(candidates.page(r.getPlanId(), 0, 50).total()).isEqualTo(3);
    }

    @Test
    void theReviewPagesOnTheServerFilteredByUnitRuleResultAndANameWithoutDiacritics() throws Exception {
        AwardRound r = fixtures.round("tdp-01", "tdp-02");
        fixtures.finalReport(r, "tdp-01", Map.of("T03", "90")); // T03 is "> 95%": missed, a collective needs a justification
        for (int i = 1; i <= 11; i++) {
            proposals.create(r.getPlanId(), fixtures.unit("tdp-01"), "hai.nv",
                    AwardFixtures.individual("Nguyễn Văn Người" + i, "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false));
        }
        proposals.create(r.getPlanId(), fixtures.unit("tdp-01"), "hai.nv", AwardFixtures.collective("Tổ dân phố số 1",
                "TAP_THE_LAO_DONG_TIEN_TIEN", 30, 25, 20, "Tỷ lệ giảm do hộ mới chuyển đến."));
        proposals.create(r.getPlanId(), fixtures.unit("tdp-02"), "hue.pt",
                AwardFixtures.individual("Phạm Thị Đào", "Nữ", "LAO_DONG_TIEN_TIEN", "KHONG_HOAN_THANH", false));
        proposals.create(r.getPlanId(), fixtures.unit("tdp-02"), "hue.pt",
                AwardFixtures.individual("Nguyen Van Nguoi3", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false));
        fixtures.send(r, "tdp-01", "tdp-02");

        // 14 proposals, 5 a page: three pages, in the council's order, each proposal once.
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = get(SPECIALIST, list(r, "?size=5&page=" + page));
            assertThat(p.get("total").asLong()).isEqualTo(14);
            assertThat(p.get("items").size()).isEqualTo(page < 2 ? 5 : 4);
            paged.addAll(names(p));
        }
        assertThat(paged).doesNotHaveDuplicates().hasSize(14);
        assertThat(paged).isEqualTo(candidates.page(r.getPlanId(), 0, 50).items().stream().map(CouncilCandidates.Candidate::name).toList());
        JsonNode first = get(SPECIALIST, list(r, "?size=5"));
        assertThat(first.at("/counts/submitted").asLong()).isEqualTo(14);
        assertThat(first.at("/counts/refused").asLong()).isEqualTo(1);
        assertThat(first.at("/counts/needsJustification").asLong()).isEqualTo(1);
        assertThat(first.at("/counts/duplicates").asLong()).isEqualTo(2);
        assertThat(first.get("units").size()).isEqualTo(2);

        long tdp02 = fixtures.unit("tdp-02").getId();
        assertThat(names(get(SPECIALIST, list(r, "?unit=" + tdp02)))).containsExactlyInAnyOrder("Phạm Thị Đào", "Nguyen Van Nguoi3");
        assertThat(names(get(SPECIALIST, list(r, "?rule=REFUSED")))).containsExactly("Phạm Thị Đào");
        assertThat(names(get(SPECIALIST, list(r, "?rule=NEEDS_JUSTIFICATION")))).containsExactly("Tổ dân phố số 1");
        assertThat(names(get(SPECIALIST, list(r, "?rule=DUPLICATE")))).containsExactlyInAnyOrder("Nguyễn Văn Người3", "Nguyen Van Nguoi3");
        // Typed without diacritics, in any case: found by the folded name.
        assertThat(names(get(SPECIALIST, list(r, "?q=PHAM  thi dao")))).containsExactly("Phạm Thị Đào");
        assertThat(names(get(SPECIALIST, list(r, "?q=nguoi1")))).containsExactlyInAnyOrder("Nguyễn Văn Người1", "Nguyễn Văn Người10",
                "Nguyễn Văn Người11");

        // A return from the last page is saved at once; the first page is as it was, the returned list has it.
        JsonNode last = get(SPECIALIST, list(r, "?size=5&page=2"));
        long returned = last.get("items").get(0).get("id").asLong();
        assertThat(http.withBasicAuth(SPECIALIST, "demo").postForEntity("/api/award-proposals/" + returned + "/return",
                Map.of("comment", "Bổ sung biên bản bình xét."), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(names(get(SPECIALIST, list(r, "?size=5")))).isEqualTo(paged.subList(0, 5));
        JsonNode back = get(SPECIALIST, list(r, "?status=RETURNED"));
        assertThat(back.get("items").get(0).get("id").asLong()).isEqualTo(returned);
        assertThat(back.get("items").get(0).get("returnComment").asText()).isEqualTo("Bổ sung biên bản bình xét.");
        assertThat(back.at("/counts/returned").asLong()).isEqualTo(1);
        assertThat(back.at("/counts/submitted").asLong()).isEqualTo(13);

        // A filter that is not one: refused at its field, in Vietnamese.
        ResponseEntity<String> bad = http.withBasicAuth(SPECIALIST, "demo").getForEntity(list(r, "?rule=ALL"), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("\"field\":\"rule\"", "Kết quả kiểm tra không hợp lệ");
    }
}
