package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;
import vn.thidua.support.AwardSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.signingdesk.SignatureDesk;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * A chairman who signs only with a USB token (a key enrolled for him that the server never holds,
 * and no server key store): he signs the award decision through the two-phase API, the clerk issues
 * it, and its certificates come out unsigned, listed as waiting and recorded for the auditors; then
 * one batch prepare/complete has his token sign every certificate and the agency seal each, which
 * our verifier and poppler's pdfsig accept. Another official, another ward, a CMS from another key,
 * a stale prepare and a second complete are refused and change nothing. The real application on
 * MariaDB, Camunda and PDFBox, with the demo CA.
 */
@IntegrationTest
class CertificateTokenSigningIntegrationTest {

    private static final String CHAIRMAN = PlanDriver.CHAIRMAN;
    private static final String VICE_CHAIRMAN = PlanDriver.VICE_CHAIRMAN;
    private static final String DEPUTY = "huy.dq";

    @Autowired PlanStages stages;
    @Autowired AwardSteps awards;
    @Autowired Officials officials;
    @Autowired SignatureDesk desk;
    @Autowired OfficialDocumentRepository documents;
    @Autowired SigningKeys keys;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Value("${thidua.signing.key-password}") String keyPassword;

    @Test
    void aTokenOnlyChairmanSignsAllTheDecisionsCertificatesAtOnceAndTheAgencySealsThem() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String pi = decisionAwaitingSignature("tdp-03", today);
        // His token: a key of the trusted CA the server never sees, enrolled for him by the administrator.
        SigningKey token = tokenOf(CHAIRMAN, "Phạm Minh Khang");
        Path store = keys.directory().resolve("nguoi-ky-" + CHAIRMAN + ".p12");
        Path away = Files.move(store, store.resolveSibling("away-certtoken-" + CHAIRMAN + ".p12"), StandardCopyOption.REPLACE_EXISTING);
        try {
            // The decision, signed with the token through the document API; the clerk issues it.
            OfficialDocument decision = signWithTokenAndIssue(pi, CHAIRMAN, token, today);
            long decisionId = decision.getId();

            // Issued unsigned: listed as waiting, in the award history too, and an audit event for each.
            JsonNode waiting = get(CHAIRMAN, "/api/documents/" + decisionId + "/certificates");
            assertThat(waiting.get("waiting").asInt()).isEqualTo(3);
            assertThat(waiting.get("certificates").findValuesAsText("status")).containsOnly("AWAITING_SIGNATURE").hasSize(3);
            assertThat(waiting.get("certificates").findValuesAsText("statusLabel")).containsOnly("Chờ ký số");
            List<Long> certificateIds = new ArrayList<>();
            waiting.get("certificates").forEach(c -> certificateIds.add(c.get("certificateId").asLong()));
            for (long id : certificateIds) {
                OfficialDocument c = documents.findById(id).orElseThrow();
                assertThat(c.isSigned()).isFalse();
                assertThat(get(CHAIRMAN, "/api/documents/" + id + "/verification").get("signatures")).isEmpty();
                assertThat(auditKinds(id)).contains("DOCUMENT_ISSUED", "CERTIFICATE_UNSIGNED");
            }
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE kind = 'CERTIFICATE_UNSIGNED' AND document_id = ?",
                    String.class, certificateIds.get(0))).contains("chờ Phạm Minh Khang ký số");
            assertThat(historyOf("hoang van duc", decision.numberAndNotation()).get("certificateSigned").asBoolean(true)).isFalse();
            List<Integer> imagesBefore = imagesPerPage(printable(decisionId));
            Map<Long, String> sha256Before = new HashMap<>();
            certificateIds.forEach(id -> sha256Before.put(id, documents.findById(id).orElseThrow().getSha256()));

            // Refused: the vice-chairman (did not sign the decision), another ward, no certificate.
            SigningKey viceChairman = new KeyStoreLoader().load(KeyStoreRef.of(
                    keys.directory().resolve("nguoi-ky-" + VICE_CHAIRMAN + ".p12"), keyPassword));
            ResponseEntity<JsonNode> other = post(VICE_CHAIRMAN, prepare(decisionId), Map.of("certificate", der(viceChairman.certificate())));
            assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(other.getBody().get("message").asText()).contains("do người đã ký quyết định (Phạm Minh Khang) ký");
            ResponseEntity<JsonNode> foreignWard = post(stages.otherWardOfficial(), prepare(decisionId),
                    Map.of("certificate", der(token.certificate())));
            assertThat(foreignWard.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE kind = 'REFUSED' AND document_id = ?"
                    + " AND actor_username IN (?, ?)", Integer.class, decisionId, VICE_CHAIRMAN, stages.otherWardOfficial()))
                    .as("both refusals recorded").isEqualTo(2);
            // His own login with the vice-chairman's (enrolled, but not his) certificate.
            ResponseEntity<JsonNode> notHis = post(CHAIRMAN, prepare(decisionId), Map.of("certificate", der(viceChairman.certificate())));
            assertThat(notHis.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(notHis.getBody().get("message").asText()).contains("được đăng ký cho Vũ Thị Thu Hằng");
            assertThat(post(CHAIRMAN, prepare(decisionId), Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(preparedRows(certificateIds)).isZero();

            // A first prepare, superseded by a second: its ids are stale.
            JsonNode stale = post(CHAIRMAN, prepare(decisionId), Map.of("certificate", der(token.certificate()))).getBody();
            ResponseEntity<JsonNode> batch = post(CHAIRMAN, prepare(decisionId), Map.of("certificate", der(token.certificate())));
            assertThat(batch.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode entries = batch.getBody().get("certificates");
            assertThat(entries).hasSize(3);
            assertThat(entries.findValuesAsText("certificateId")).containsExactlyInAnyOrderElementsOf(
                    certificateIds.stream().map(String::valueOf).toList());
            assertThat(entries.findValuesAsText("digestAlgorithm")).containsOnly("SHA-256");
            assertThat(preparedRows(certificateIds)).isEqualTo(3);
            ResponseEntity<JsonNode> staleComplete = complete(CHAIRMAN, decisionId, signAll(stale.get("certificates"), token));
            assertThat(staleComplete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(staleComplete.getBody().get("message").asText()).contains("Không tìm thấy chữ ký đã chuẩn bị");

            // A CMS from another key (the vice-chairman's) for one certificate; a CMS over another digest.
            List<Map<String, String>> foreignKey = signAll(entries, token);
            foreignKey.set(1, Map.of("preparedId", entries.get(1).get("preparedId").asText(),
                    "cms", cms(entries.get(1).get("digest").asText(), viceChairman)));
            ResponseEntity<JsonNode> foreign = complete(CHAIRMAN, decisionId, foreignKey);
            assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(foreign.getBody().get("message").asText()).contains("chứng thư khác");
            List<Map<String, String>> otherDigest = signAll(entries, token);
            otherDigest.set(0, Map.of("preparedId", entries.get(0).get("preparedId").asText(), "cms", Base64.getEncoder()
                    .encodeToString(TwoPhaseSigningTest.tokenSigns(CadesSignatureBuilder.sha256("khác".getBytes(StandardCharsets.UTF_8)),
                            token))));
            ResponseEntity<JsonNode> wrongDigest = complete(CHAIRMAN, decisionId, otherDigest);
            assertThat(wrongDigest.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            // Someone else cannot complete his prepared signatures; one missing signature refuses the whole batch.
            assertThat(complete(VICE_CHAIRMAN, decisionId, signAll(entries, token)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<JsonNode> partial = complete(CHAIRMAN, decisionId, signAll(entries, token).subList(0, 2));
            assertThat(partial.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(partial.getBody().toString()).contains("Thiếu chữ ký cho 1 giấy khen");
            for (long id : certificateIds) {
                OfficialDocument c = documents.findById(id).orElseThrow();
                assertThat(c.isSigned()).as("nothing changed by a refusal").isFalse();
                assertThat(c.getSha256()).isEqualTo(sha256Before.get(id));
            }

            // His token signs all three; each is sealed by the ward.
            ResponseEntity<JsonNode> done = complete(CHAIRMAN, decisionId, signAll(entries, token));
            assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.OK);
            assertThat(done.getBody().get("waiting").asInt()).isZero();
            assertThat(done.getBody().get("certificates").findValuesAsText("signedBy")).containsOnly(CHAIRMAN).hasSize(3);
            assertThat(preparedRows(certificateIds)).isZero();
            String tokenSha256 = CertificateCodec.sha256Hex(token.certificate());
            for (long id : certificateIds) {
                JsonNode verification = get(CHAIRMAN, "/api/documents/" + id + "/verification");
                assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
                assertThat(verification.get("sha256MatchesStored").asBoolean()).isTrue();
                assertThat(verification.get("signersEnrolled").asBoolean()).isTrue();
                JsonNode signatures = verification.get("signatures");
                assertThat(signatures).hasSize(2);
                assertThat(signatures.get(0).get("signer").asText()).isEqualTo("Phạm Minh Khang");
                assertThat(signatures.get(0).get("certificateSha256").asText()).isEqualTo(tokenSha256);
                assertThat(signatures.get(1).get("coversWholeFile").asBoolean()).isTrue();
                signatures.forEach(sig -> assertThat(sig.get("valid").asBoolean()).isTrue());
                signatures.forEach(sig -> assertThat(sig.get("enrolledSigner").asBoolean()).isTrue());
                assertThat(jdbc.queryForObject("SELECT valid FROM document_verification WHERE document_id = ?", Boolean.class, id))
                        .isTrue();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE kind = 'DOCUMENT_SIGNED' AND document_id = ?"
                        + " AND actor_username = ?", Integer.class, id, CHAIRMAN)).isOne();
                if (Pdfsig.installed()) {
                    Path file = Files.createDirectories(PdfSignerTest.OUTPUT).resolve("certificate-token-" + id + ".pdf");
                    Files.write(file, documents.findById(id).orElseThrow().getPdf());
                    String output = Pdfsig.run(file);
                    assertThat(PdfSignerTest.count(output, "Signature Validation: Signature is Valid.")).as(output).isEqualTo(2);
                }
            }
            assertThat(get(CHAIRMAN, "/api/documents/" + decisionId + "/certificates").get("certificates")
                    .findValuesAsText("status")).containsOnly("SIGNED");
            assertThat(historyOf("hoang van duc", decision.numberAndNotation()).get("certificateSigned").asBoolean(false)).isTrue();
            // The printable file now draws each signature and seal on its page.
            List<Integer> imagesAfter = imagesPerPage(printable(decisionId));
            assertThat(imagesAfter).hasSameSizeAs(imagesBefore);
            for (int i = 0; i < imagesAfter.size(); i++) {
                assertThat(imagesAfter.get(i)).as("page %d", i + 1).isGreaterThan(imagesBefore.get(i));
            }

            // A second complete, and a prepare once all are signed: nothing left to sign, nothing changed.
            Map<Long, String> signedSha256 = new HashMap<>();
            certificateIds.forEach(id -> signedSha256.put(id, documents.findById(id).orElseThrow().getSha256()));
            ResponseEntity<JsonNode> again = complete(CHAIRMAN, decisionId, signAll(entries, token));
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(again.getBody().get("message").asText()).contains("đã được ký số và đóng dấu");
            assertThat(post(CHAIRMAN, prepare(decisionId), Map.of("certificate", der(token.certificate()))).getStatusCode())
                    .isEqualTo(HttpStatus.CONFLICT);
            certificateIds.forEach(id -> assertThat(documents.findById(id).orElseThrow().getSha256()).isEqualTo(signedSha256.get(id)));
        } finally {
            Files.move(away, store, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aDelegatedDecisionsCertificatesAreSignedByTheViceChairmanWhoSignedItNotByTheChairman() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String pi = decisionAwaitingSignature("tdp-09", today);
        // "Giao Phó Chủ tịch ký thay": the decision and its certificates read "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
        desk.delegate(officials.official(CHAIRMAN), officials.documentUnderApproval(pi), DEPUTY);
        SigningKey token = tokenOf(DEPUTY, "Đỗ Quang Huy");
        Path store = keys.directory().resolve("nguoi-ky-" + DEPUTY + ".p12");
        Path away = Files.move(store, store.resolveSibling("away-certtoken-" + DEPUTY + ".p12"), StandardCopyOption.REPLACE_EXISTING);
        try {
            long decisionId = signWithTokenAndIssue(pi, DEPUTY, token, today).getId();
            JsonNode waiting = get(CHAIRMAN, "/api/documents/" + decisionId + "/certificates");
            assertThat(waiting.get("waiting").asInt()).isEqualTo(3);
            assertThat(waiting.get("certificates").findValuesAsText("signerName")).containsOnly("Đỗ Quang Huy");

            // The chairman, whose token is enrolled for him, did not sign this decision.
            SigningKey chairman = new KeyStoreLoader().load(KeyStoreRef.of(
                    keys.directory().resolve("nguoi-ky-" + CHAIRMAN + ".p12"), keyPassword));
            ResponseEntity<JsonNode> refused = post(CHAIRMAN, prepare(decisionId), Map.of("certificate", der(chairman.certificate())));
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("message").asText()).contains("(Đỗ Quang Huy)");

            JsonNode entries = post(DEPUTY, prepare(decisionId), Map.of("certificate", der(token.certificate()))).getBody()
                    .get("certificates");
            ResponseEntity<JsonNode> done = complete(DEPUTY, decisionId, signAll(entries, token));
            assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.OK);
            for (JsonNode c : done.getBody().get("certificates")) {
                long id = c.get("certificateId").asLong();
                JsonNode verification = get(DEPUTY, "/api/documents/" + id + "/verification");
                assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
                assertThat(verification.get("signatures").findValuesAsText("signer")).hasSize(2).contains("Đỗ Quang Huy");
                assertThat(text(documents.findById(id).orElseThrow().getPdf())).contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Quang Huy");
            }
        } finally {
            Files.move(away, store, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A plan of {@code unit} whose three candidates the council approved and whose Biên bản is
     * issued (signed with the server keys): the award decision awaits the chairman.
     */
    private String decisionAwaitingSignature(String unit, LocalDate today) {
        PlanDriver.Started s = stages.reportIssued(unit);
        String pi = s.processInstanceId();
        String head = stages.head(unit);
        List<Long> candidates = List.of(
                awards.propose(head, s.planId(), AwardSteps.individual("Lê Thị Thu Trang", "Nữ", "Tổ viên", "GIAY_KHEN", "TOT", false)),
                awards.propose(head, s.planId(), AwardSteps.individual("Hoàng Văn Đức", "Nam", "Tổ viên", "GIAY_KHEN", "TOT", false)),
                awards.propose(head, s.planId(), AwardSteps.individual("Ngô Thị Hạnh", "Nữ", "Tổ phó", "LAO_DONG_TIEN_TIEN", "TOT",
                        false)));
        officials.complete(head, stages.campaign(s, unit).getProcessInstanceId(), UnitCampaignModel.USER_TASK_PROPOSE_AWARDS,
                Map.of());
        officials.awaitJobs(java.time.Duration.ofSeconds(60));
        officials.complete(PlanDriver.SPECIALIST, pi, PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        List<String> present = List.of("khang.pm", "hang.vtt", "tung.bv", "diep.tn");
        awards.openMeeting(AwardSteps.SECRETARY, pi, today, present, List.of());
        awards.everyoneVotes(pi, present, candidates, true);
        awards.signAndIssueMinutes(pi, today);
        return pi;
    }

    /** A token: a key of the trusted CA the server never sees, enrolled for this person by the administrator. */
    private SigningKey tokenOf(String login, String name) {
        SigningKey token = issuer().issue(name);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/x-pem-file"));
        ResponseEntity<JsonNode> enrolled = http.withBasicAuth("admin", "demo").exchange("/api/admin/signers/" + login
                + "/certificates", HttpMethod.POST, new HttpEntity<>(DemoCaIssuer.pem(token.certificate())
                .getBytes(StandardCharsets.US_ASCII), headers), JsonNode.class);
        assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return token;
    }

    /** The signer's token signs the decision through the document API; the clerk issues it. */
    private OfficialDocument signWithTokenAndIssue(String pi, String signer, SigningKey token, LocalDate today) throws Exception {
        long draft = officials.documentUnderApproval(pi);
        ResponseEntity<JsonNode> prepared = post(signer, "/api/documents/" + draft + "/signature/prepare",
                Map.of("certificate", der(token.certificate())));
        assertThat(prepared.getStatusCode()).as(String.valueOf(prepared.getBody())).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> signed = post(signer, "/api/documents/" + draft + "/signature/complete",
                Map.of("preparedId", prepared.getBody().get("preparedId").asText(),
                        "cms", cms(prepared.getBody().get("digest").asText(), token)));
        assertThat(signed.getStatusCode()).as(String.valueOf(signed.getBody())).isEqualTo(HttpStatus.OK);
        officials.complete(PlanDriver.CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_AWARD_DECISION,
                Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        OfficialDocument decision = documents.findById(draft).orElseThrow();
        assertThat(decision.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        return decision;
    }

    private DemoCaIssuer issuer() {
        return new DemoCaIssuer(keys.directory(), keyPassword);
    }

    private static String prepare(long decisionId) {
        return "/api/documents/" + decisionId + "/certificates/signature/prepare";
    }

    private ResponseEntity<JsonNode> complete(String user, long decisionId, List<Map<String, String>> signatures) {
        return post(user, "/api/documents/" + decisionId + "/certificates/signature/complete", Map.of("signatures", signatures));
    }

    /** What the token client does: one CMS per prepared digest. */
    private static List<Map<String, String>> signAll(JsonNode entries, SigningKey key) throws Exception {
        List<Map<String, String>> signatures = new ArrayList<>();
        for (JsonNode e : entries) {
            signatures.add(Map.of("preparedId", e.get("preparedId").asText(), "cms", cms(e.get("digest").asText(), key)));
        }
        return signatures;
    }

    private static String cms(String digestBase64, SigningKey key) throws Exception {
        return Base64.getEncoder().encodeToString(TwoPhaseSigningTest.tokenSigns(Base64.getDecoder().decode(digestBase64), key));
    }

    private static String der(X509Certificate certificate) {
        return Base64.getEncoder().encodeToString(CertificateCodec.der(certificate));
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }

    private JsonNode get(String user, String path) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The award history's entry of this decision for this name (earlier runs may have given the same name). */
    private JsonNode historyOf(String name, String decisionNumber) {
        JsonNode items = get(PlanDriver.SPECIALIST, "/api/award-history?q=" + name.replace(' ', '+') + "&size=200").get("items");
        for (JsonNode item : items) {
            if (decisionNumber.equals(item.get("decisionNumber").asText())) {
                return item;
            }
        }
        throw new AssertionError("no award of " + decisionNumber + " for " + name + ": " + items);
    }

    private byte[] printable(long decisionId) {
        ResponseEntity<byte[]> pdf = http.withBasicAuth(CHAIRMAN, "demo")
                .getForEntity("/api/documents/" + decisionId + "/certificates.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        return pdf.getBody();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static List<Integer> imagesPerPage(byte[] pdf) throws Exception {
        List<Integer> counts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            d.getPages().forEach(p -> {
                int n = 0;
                for (var ignored : p.getResources().getXObjectNames()) {
                    n++;
                }
                counts.add(n);
            });
        }
        return counts;
    }

    private List<String> auditKinds(long documentId) {
        return jdbc.queryForList("SELECT kind FROM audit_event WHERE document_id = ?", String.class, documentId);
    }

    private int preparedRows(List<Long> documentIds) {
        return documentIds.stream().mapToInt(id -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM prepared_signature WHERE document_id = ?", Integer.class, id)).sum();
    }
}
