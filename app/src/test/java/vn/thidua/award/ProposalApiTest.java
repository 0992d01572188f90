package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import vn.thidua.award.council.CouncilService;
import vn.thidua.award.proposal.ProposalInput;
import vn.thidua.support.IntegrationTest;

/**
 * The units' proposal API over HTTP: who may call it, and every refusal answers 400 with a
 * Vietnamese message and writes nothing.
 */
@IntegrationTest
class ProposalApiTest {

    @Autowired TestRestTemplate http;
    @Autowired AwardFixtures fixtures;
    @Autowired CouncilService council;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private ResponseEntity<String> post(String user, String url, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity(url, body, String.class);
    }

    private static String proposals(AwardRound r) {
        return "/api/award-rounds/" + r.getPlanId() + "/proposals";
    }

    private int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private void refused(ResponseEntity<String> response, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(message);
    }

    private long id(ResponseEntity<String> created) {
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String body = created.getBody();
        return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
    }

    @Test
    void theUnitHeadProposesForTheirOwnUnitOnlyAndOthersAreRefused() {
        AwardRound r = fixtures.round("tdp-01", "tdp-02");
        ProposalInput lan = AwardFixtures.individual("Phạm Thị Lan", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false);
        long id = id(post("hai.nv", proposals(r), lan));
        assertThat(jdbc.queryForObject("SELECT unit_id FROM award_proposal WHERE id = ?", Long.class, id))
                .isEqualTo(fixtures.unit("tdp-01").getId());
        fixtures.send(r, "tdp-01");
        int before = rows("award_proposal");
        // the specialist heads no unit; a head whose unit is not in the plan; another unit's head on this proposal
        assertThat(post("diep.tn", proposals(r), lan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("nam.nh", proposals(r), lan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("hue.pt", "demo").exchange("/api/award-proposals/" + id, HttpMethod.PUT,
                new HttpEntity<>(lan), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("hue.pt", "demo").exchange("/api/award-proposals/" + id, HttpMethod.DELETE,
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("diep.tn", "/api/award-proposals/" + id + "/return", Map.of("comment", "")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("hai.nv", "/api/award-proposals/" + id + "/return", Map.of("comment", "Bổ sung")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rows("award_proposal")).isEqualTo(before);

        // the specialist returns it; the unit corrects and it is submitted again
        assertThat(post("diep.tn", "/api/award-proposals/" + id + "/return", Map.of("comment", "Bổ sung biên bản bình xét."))
                .getBody()).contains("\"status\":\"RETURNED\"", "Bổ sung biên bản bình xét.");
        ResponseEntity<String> corrected = http.withBasicAuth("hai.nv", "demo").exchange("/api/award-proposals/" + id,
                HttpMethod.PUT, new HttpEntity<>(lan), String.class);
        // corrected, it waits for the unit to send it again: the specialist sees it as still with its unit
        assertThat(corrected.getBody()).contains("\"status\":\"DRAFT\"");
        assertThat(http.withBasicAuth("diep.tn", "demo").getForEntity(proposals(r), String.class).getBody())
                .doesNotContain("Phạm Thị Lan").contains("\"returned\":1");
        fixtures.send(r, "tdp-01");
        // the specialist sees it with its rule result and the unit's results against the plan
        ResponseEntity<String> list = http.withBasicAuth("diep.tn", "demo").getForEntity(proposals(r), String.class);
        assertThat(list.getBody()).contains("Phạm Thị Lan", "\"ruleEligible\":true", "\"unitResults\"");
    }

    @Test
    void aReturnedProposalIsCorrectedAfterTheDeadlineUntilTheRoundIsSentToTheCouncil() {
        AwardRound r = fixtures.round("tdp-01");
        ProposalInput lan = AwardFixtures.individual("Phạm Thị Lan", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false);
        long id = id(post("hai.nv", proposals(r), lan));
        fixtures.send(r, "tdp-01");
        assertThat(post("diep.tn", "/api/award-proposals/" + id + "/return", Map.of("comment", "Bổ sung biên bản bình xét."))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        // the deadline passes while the proposal is with its unit
        jdbc.update("UPDATE award_round SET proposal_deadline = ? WHERE id = ?", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1)),
                r.getId());
        refused(post("hai.nv", proposals(r), AwardFixtures.individual("Trần Văn Muộn", "Nam", "GIAY_KHEN", "TOT", false)),
                "Đã hết hạn gửi đề nghị khen thưởng");
        assertThat(http.withBasicAuth("hai.nv", "demo").exchange("/api/award-proposals/" + id, HttpMethod.PUT, new HttpEntity<>(lan),
                String.class).getBody()).contains("\"status\":\"DRAFT\"");
        // corrected but not yet sent again, it may still be corrected after the deadline
        assertThat(http.withBasicAuth("hai.nv", "demo").exchange("/api/award-proposals/" + id, HttpMethod.PUT, new HttpEntity<>(lan),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        fixtures.send(r, "tdp-01");
        assertThat(jdbc.queryForObject("SELECT status FROM award_proposal WHERE id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(http.withBasicAuth("hai.nv", "demo").getForEntity("/api/award-rounds/" + r.getPlanId() + "/unit", String.class)
                .getBody()).contains("\"open\":false", "\"correctable\":true");
    }

    /**
     * After the unit's task sent its proposals, a new one or a changed one would never reach the
     * specialist: refused, nothing written; a return reopens the unit's work, new proposals too.
     */
    @Test
    void onceSentTheUnitChangesItsProposalsOnlyThroughAReturn() {
        AwardRound r = fixtures.round("tdp-01");
        ProposalInput lan = AwardFixtures.individual("Phạm Thị Lan", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false);
        ProposalInput hung = AwardFixtures.individual("Nguyễn Văn Hùng", "Nam", "GIAY_KHEN", "TOT", false);
        long id = id(post("hai.nv", proposals(r), lan));
        fixtures.send(r, "tdp-01");
        int before = rows("award_proposal");
        String updatedAt = jdbc.queryForObject("SELECT CAST(updated_at AS CHAR) FROM award_proposal WHERE id = ?", String.class, id);

        refused(post("hai.nv", proposals(r), hung), "đã gửi đề nghị khen thưởng ngày");
        refused(http.withBasicAuth("hai.nv", "demo").exchange("/api/award-proposals/" + id, HttpMethod.PUT, new HttpEntity<>(hung),
                String.class), "chỉ sửa được khi bị trả lại");
        assertThat(rows("award_proposal")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT CAST(updated_at AS CHAR) FROM award_proposal WHERE id = ?", String.class, id))
                .isEqualTo(updatedAt);
        assertThat(http.withBasicAuth("hai.nv", "demo").getForEntity("/api/award-rounds/" + r.getPlanId() + "/unit", String.class)
                .getBody()).contains("\"open\":false");

        assertThat(post("diep.tn", "/api/award-proposals/" + id + "/return", Map.of("comment", "Thay bằng người khác."))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        long replacement = id(post("hai.nv", proposals(r), hung));
        assertThat(http.withBasicAuth("hai.nv", "demo").exchange("/api/award-proposals/" + id, HttpMethod.DELETE, null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        fixtures.send(r, "tdp-01");
        assertThat(jdbc.queryForObject("SELECT status FROM award_proposal WHERE id = ?", String.class, replacement))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aPersonIsChosenFromTheUnitsOwnMembersInTheOrganisationFile() {
        AwardRound r = fixtures.round("p-vhxh");
        Long diep = jdbc.queryForObject("SELECT id FROM person WHERE username = 'diep.tn'", Long.class);
        Long khang = jdbc.queryForObject("SELECT id FROM person WHERE username = 'khang.pm'", Long.class);
        ProposalInput base = AwardFixtures.individual(null, null, "LAO_DONG_TIEN_TIEN", "XUAT_SAC", false);
        ResponseEntity<String> created = post("anh.ltm", proposals(r), withPerson(base, diep));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).contains("\"name\":\"Trịnh Ngọc Diệp\"", "\"personId\":" + diep);
        int before = rows("award_proposal");
        refused(post("anh.ltm", proposals(r), withPerson(base, khang)), "Người được chọn không thuộc Phòng Văn hóa - Xã hội.");
        assertThat(rows("award_proposal")).isEqualTo(before);
    }

    private static ProposalInput withPerson(ProposalInput in, Long personId) {
        return new ProposalInput(in.kind(), personId, in.name(), in.title(), in.gender(), in.awardType(), in.achievement(),
                in.completionLevel(), in.recognisedInitiative(), in.disciplineLevel(), in.underInspection(), in.pendingComplaint(),
                in.memberCount(), in.ldttCount(), in.womenCount(), in.disciplinedMembers(), in.unitVoteAgree(), in.unitVoteTotal(),
                in.justification());
    }

    @Test
    void unknownOrUnawardableTitlesAndBadDossiersAreRefusedInVietnamese() {
        AwardRound r = fixtures.round("tdp-01");
        int before = rows("award_proposal");
        refused(post("hai.nv", proposals(r), AwardFixtures.individual("Phạm Văn B", "Nam", "HUAN_CHUONG_LAO_DONG", "TOT", false)),
                "Hình thức khen thưởng không có trong danh mục: 'HUAN_CHUONG_LAO_DONG'.");
        refused(post("hai.nv", proposals(r), AwardFixtures.individual("Phạm Văn B", "Nam", "CHIEN_SI_THI_DUA_CAP_TINH", "XUAT_SAC", true)),
                "Chủ tịch UBND cấp xã không có thẩm quyền tặng hình thức này (NĐ 129/2025/NĐ-CP Điều 59).");
        refused(post("hai.nv", proposals(r), AwardFixtures.collective("Tổ dân phố số 1", "LAO_DONG_TIEN_TIEN", 30, 25, 10, "x")),
                "chỉ xét tặng cho cá nhân");
        refused(post("hai.nv", proposals(r), AwardFixtures.individual("Phạm Văn B", "Nam", "LAO_DONG_TIEN_TIEN", "GIOI", false)),
                "Mức hoàn thành nhiệm vụ không hợp lệ");
        assertThat(rows("award_proposal")).isEqualTo(before);
    }

    @Test
    void afterTheDeadlineOrOnceTheCouncilMetNothingChanges() {
        AwardRound late = fixtures.round(LocalDate.now(clock).minusDays(1), "tdp-01");
        int before = rows("award_proposal");
        refused(post("hai.nv", proposals(late), AwardFixtures.individual("Phạm Văn C", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false)),
                "Đã hết hạn gửi đề nghị khen thưởng");
        AwardRound met = fixtures.round("tdp-01");
        long id = id(post("hai.nv", proposals(met), AwardFixtures.individual("Phạm Văn C", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false)));
        fixtures.send(met, "tdp-01");
        council.open(met.getPlanId(), LocalDate.now(clock), "Hội trường UBND phường", "diep.tn");
        before = rows("award_proposal");
        refused(post("hai.nv", proposals(met), AwardFixtures.individual("Phạm Văn D", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false)),
                "Hội đồng Thi đua - Khen thưởng đã họp xét");
        ResponseEntity<String> withdraw = http.withBasicAuth("hai.nv", "demo").exchange("/api/award-proposals/" + id,
                HttpMethod.DELETE, null, String.class);
        refused(withdraw, "Hội đồng Thi đua - Khen thưởng đã họp xét");
        assertThat(rows("award_proposal")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM award_proposal WHERE id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void aCollectiveOfAUnitThatMissedItsTargetsNeedsAWrittenJustification() {
        AwardRound r = fixtures.round("tdp-01", "tdp-02");
        fixtures.finalReport(r, "tdp-01", Map.of("T03", "90")); // T03 is "> 95%": missed
        fixtures.finalReport(r, "tdp-02", Map.of("T03", "97,5"));
        int before = rows("award_proposal");
        refused(post("hai.nv", proposals(r), AwardFixtures.collective("Tổ dân phố số 1", "TAP_THE_LAO_DONG_TIEN_TIEN", 30, 25, 20, null)),
                "chưa đạt chỉ tiêu được giao trong kế hoạch: đề nghị danh hiệu tập thể phải kèm giải trình");
        assertThat(rows("award_proposal")).isEqualTo(before);
        ResponseEntity<String> justified = post("hai.nv", proposals(r), AwardFixtures.collective("Tổ dân phố số 1",
                "TAP_THE_LAO_DONG_TIEN_TIEN", 30, 25, 20, "Tỷ lệ gia đình văn hóa giảm do 12 hộ mới chuyển đến chưa đủ thời gian bình xét."));
        assertThat(justified.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(justified.getBody()).contains("\"missedAny\":true", "\"code\":\"T03\"", "\"reported\":\"90\"", "12 hộ mới");
        // the unit that met its target needs none
        assertThat(post("hue.pt", proposals(r), AwardFixtures.collective("Tổ dân phố số 2", "TAP_THE_LAO_DONG_TIEN_TIEN", 30, 25, 20, null))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void filesAreCheckedBySizeAndByTheirBytesAndStoredWithSha256() {
        AwardRound r = fixtures.round("tdp-01");
        long id = id(post("hai.nv", proposals(r), AwardFixtures.individual("Phạm Văn E", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false)));
        String url = "/api/award-proposals/" + id + "/files";
        byte[] pdf = "%PDF-1.7\n% báo cáo thành tích\n".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> ok = upload("hai.nv", url, "bao-cao-thanh-tich.pdf", pdf);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ok.getBody()).contains("\"contentType\":\"application/pdf\"",
                "\"sha256\":\"" + vn.thidua.common.text.VietnameseText.clean(sha256(pdf)) + "\"");
        int before = rows("award_file");
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(upload("hai.nv", url, "bao-cao.pdf", exe), "không phải PDF, JPEG, PNG hoặc DOCX");
        byte[] big = Arrays.copyOf(pdf, 5 * 1024 * 1024 + 1);
        refused(upload("hai.nv", url, "ho-so.pdf", big), "quá lớn");
        assertThat(upload("hue.pt", url, "bao-cao-thanh-tich.pdf", pdf).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rows("award_file")).isEqualTo(before);
    }

    private ResponseEntity<String> upload(String user, String url, String name, byte[] bytes) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(form, headers), String.class);
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
