package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import vn.thidua.document.DocumentService;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;
import vn.thidua.signing.verify.SignatureVerifier;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.signingdesk.SignatureDesk;

/**
 * A signature belongs to its signer: only the certificate enrolled for the person who signs (or
 * for the agency that seals) is accepted, on the token API, with the server's key stores, at issue
 * and in verification; and only an administrator enrols or revokes one. Every refusal leaves the
 * document unsigned and the task open. The real application on MariaDB, with the demo CA's keys.
 */
@IntegrationTest
class SignerEnrolmentIntegrationTest {

    private static final String CHAIRMAN = PlanDriver.CHAIRMAN;
    private static final String VICE_CHAIRMAN = PlanDriver.VICE_CHAIRMAN;
    private static final String CLERK = PlanDriver.CLERK;

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired SignatureDesk desk;
    @Autowired OfficialDocumentRepository documents;
    @Autowired TaskService tasks;
    @Autowired SigningKeys keys;
    @Autowired SignatureVerifier verifier;
    @Autowired PdfSigner pdfSigner;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired Clock clock;
    @Value("${thidua.signing.key-password}") String keyPassword;

    @Test
    void theViceChairmansTokenCannotSignForTheChairmanButHisOwnStillDoes() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-09");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        String before = documents.findById(documentId).orElseThrow().getSha256();
        SigningKey viceChairman = storeKey(VICE_CHAIRMAN);
        SigningKey chairman = storeKey(CHAIRMAN);

        // The finding: the chairman prepares with the vice-chairman's (trusted, enrolled) certificate.
        ResponseEntity<JsonNode> refused = prepare(CHAIRMAN, documentId, viceChairman.certificate());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").asText())
                .contains("được đăng ký cho Vũ Thị Thu Hằng, không phải cho Phạm Minh Khang");
        assertThat(preparedRows(documentId)).isZero();

        // Without a certificate there is nothing to check before the token signs: refused as well.
        ResponseEntity<JsonNode> none = http.withBasicAuth(CHAIRMAN, "demo").postForEntity(
                "/api/documents/" + documentId + "/signature/prepare", Map.of(), JsonNode.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getBody().get("message").asText()).contains("Thiếu chứng thư số của token");

        // Prepared with the chairman's certificate, the digest signed with the vice-chairman's key.
        ResponseEntity<JsonNode> prepared = prepare(CHAIRMAN, documentId, chairman.certificate());
        assertThat(prepared.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> foreign = complete(CHAIRMAN, documentId, prepared,
                TwoPhaseSigningTest.tokenSigns(digest(prepared), viceChairman));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(foreign.getBody().get("message").asText()).contains("chứng thư khác");
        assertUnsignedAndWaiting(s, documentId, before);

        // His own token: signed and completed as before, and verification names his enrolled certificate.
        ResponseEntity<JsonNode> completed = complete(CHAIRMAN, documentId, prepared,
                TwoPhaseSigningTest.tokenSigns(digest(prepared), chairman));
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(completed.getBody().get("signedBy").asText()).isEqualTo(CHAIRMAN);
        JsonNode verification = http.withBasicAuth(CHAIRMAN, "demo")
                .getForEntity("/api/documents/" + documentId + "/verification", JsonNode.class).getBody();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("signersEnrolled").asBoolean()).isTrue();
        JsonNode signature = verification.get("signatures").get(0);
        assertThat(signature.get("enrolledSigner").asBoolean()).isTrue();
        assertThat(signature.get("certificateSha256").asText()).isEqualTo(CertificateCodec.sha256Hex(chairman.certificate()));
        assertThat(jdbc.queryForObject("SELECT signers_enrolled FROM document_verification WHERE document_id = ?",
                Boolean.class, documentId)).isTrue();
    }

    @Test
    void aCertificateOfTheTrustedCaThatIsEnrolledForNobodyIsRefused() {
        PlanDriver.Started s = driver.awaitingSignature("tdp-10");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        String before = documents.findById(documentId).orElseThrow().getSha256();
        // Same CA, same name as the chairman: the chain alone would accept it.
        SigningKey impostor = issuer().issue("Phạm Minh Khang");
        assertThat(verifier.certificateProblem(impostor.certificate(), impostor.chain(), clock.instant())).isNull();

        ResponseEntity<JsonNode> refused = prepare(CHAIRMAN, documentId, impostor.certificate());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").asText()).contains("chưa được đăng ký cho Phạm Minh Khang");
        assertThat(preparedRows(documentId)).isZero();
        assertUnsignedAndWaiting(s, documentId, before);
    }

    @Test
    void aRevokedEnrolmentIsRefusedAtCompleteAndAtPrepareAndCannotBeEnrolledAgain() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-01");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        String before = documents.findById(documentId).orElseThrow().getSha256();
        SigningKey secondToken = issuer().issue("Phạm Minh Khang");
        String sha256 = CertificateCodec.sha256Hex(secondToken.certificate());
        ResponseEntity<JsonNode> enrolled = enrol("admin", "/api/admin/signers/" + CHAIRMAN + "/certificates",
                pem(secondToken.certificate()));
        assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> prepared = prepare(CHAIRMAN, documentId, secondToken.certificate());
        assertThat(prepared.getStatusCode()).as("a second enrolled token signs too").isEqualTo(HttpStatus.OK);

        // The token is reported lost between prepare and complete.
        ResponseEntity<JsonNode> revoked = http.withBasicAuth("admin", "demo").exchange(
                "/api/admin/signers/" + CHAIRMAN + "/certificates/" + sha256, HttpMethod.DELETE, null, JsonNode.class);
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revoked.getBody().get("revokedBy").asText()).isEqualTo("admin");

        ResponseEntity<JsonNode> atComplete = complete(CHAIRMAN, documentId, prepared,
                TwoPhaseSigningTest.tokenSigns(digest(prepared), secondToken));
        assertThat(atComplete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(atComplete.getBody().get("message").asText()).contains("đã bị thu hồi");
        assertUnsignedAndWaiting(s, documentId, before);
        ResponseEntity<JsonNode> atPrepare = prepare(CHAIRMAN, documentId, secondToken.certificate());
        assertThat(atPrepare.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(atPrepare.getBody().get("message").asText()).contains("đã bị thu hồi");
        ResponseEntity<JsonNode> again = enrol("admin", "/api/admin/signers/" + CHAIRMAN + "/certificates",
                pem(secondToken.certificate()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("message").asText()).contains("đã bị thu hồi");
    }

    @Test
    void aServerKeyStoreHoldingAnotherSignersCertificateIsRefused() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-02");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        String before = documents.findById(documentId).orElseThrow().getSha256();
        Path store = keys.directory().resolve("nguoi-ky-" + CHAIRMAN + ".p12");
        Path backup = Files.copy(store, store.resolveSibling("backup-enrol-" + CHAIRMAN + ".p12"),
                StandardCopyOption.REPLACE_EXISTING);
        try {
            // Somebody copied the vice-chairman's key store into the chairman's place.
            Files.copy(keys.directory().resolve("nguoi-ky-" + VICE_CHAIRMAN + ".p12"), store, StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(() -> desk.sign(officials.official(CHAIRMAN), documentId))
                    .isInstanceOfSatisfying(SignatureRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.FORBIDDEN))
                    .hasMessageContaining("kho khóa trên máy chủ")
                    .hasMessageContaining("được đăng ký cho Vũ Thị Thu Hằng, không phải cho Phạm Minh Khang");
            assertUnsignedAndWaiting(s, documentId, before);
        } finally {
            Files.move(backup, store, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(desk.sign(officials.official(CHAIRMAN), documentId).getSignedBy()).isEqualTo(CHAIRMAN);
    }

    @Test
    void theAgencySealAtIssueMustBeTheWardsEnrolledCertificate() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-03");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        officials.sign(CHAIRMAN, s.processInstanceId());
        String signedSha256 = documents.findById(documentId).orElseThrow().getSha256();
        Map<String, Object> issue = Map.of("issueDate", LocalDate.now(clock).toString());
        Path store = keys.directory().resolve("co-quan-thach-khoi.p12");
        Path backup = Files.copy(store, store.resolveSibling("backup-enrol-co-quan.p12"), StandardCopyOption.REPLACE_EXISTING);
        try {
            // A seal key store from the trusted CA, but not the one enrolled for the ward.
            writeKeyStore(store, issuer().issue("Ủy ban nhân dân phường Thạch Khôi"));
            assertThatThrownBy(() -> officials.complete(CLERK, s.processInstanceId(), "userTask_issuePlan", issue))
                    .satisfies(e -> assertThat(messages(e)).contains("kho khóa của cơ quan")
                            .contains("chưa được đăng ký cho UBND phường Thạch Khôi"));
            OfficialDocument after = documents.findById(documentId).orElseThrow();
            assertThat(after.getStatus()).isEqualTo(OfficialDocument.Status.DRAFT);
            assertThat(after.getNumber()).isNull();
            assertThat(after.getSha256()).isEqualTo(signedSha256);
            assertThat(task(s, "userTask_issuePlan")).isNotNull();
        } finally {
            Files.move(backup, store, StandardCopyOption.REPLACE_EXISTING);
        }
        officials.complete(CLERK, s.processInstanceId(), "userTask_issuePlan", issue);
        JsonNode verification = http.withBasicAuth(CLERK, "demo")
                .getForEntity("/api/documents/" + documentId + "/verification", JsonNode.class).getBody();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("signatures")).hasSize(2)
                .allSatisfy(sig -> assertThat(sig.get("enrolledSigner").asBoolean()).isTrue());
    }

    @Test
    void aDocumentSignedWithANonEnrolledKeyIsReportedInvalidAndCannotBeIssued() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-04");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        OfficialDocument draft = documents.findById(documentId).orElseThrow();
        // Signed outside the application with a trusted but unenrolled key, and written straight into the table.
        SigningKey impostor = issuer().issue("Phạm Minh Khang");
        byte[] image = Files.readAllBytes(keys.directory().resolve("nguoi-ky-" + CHAIRMAN + "-chu-ky.png"));
        byte[] signed = pdfSigner.signAsSigner(draft.getPdf(), impostor, image, draft.signer().title(), draft.signer().name());
        jdbc.update("UPDATE official_document SET pdf = ?, sha256 = ?, signed_by = ?, signed_at = ? WHERE id = ?",
                signed, DocumentService.sha256(signed), CHAIRMAN, Timestamp.from(clock.instant()), documentId);

        JsonNode verification = http.withBasicAuth(CHAIRMAN, "demo")
                .getForEntity("/api/documents/" + documentId + "/verification", JsonNode.class).getBody();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("sha256MatchesStored").asBoolean()).isTrue();
        assertThat(verification.get("signersEnrolled").asBoolean()).isFalse();
        JsonNode signature = verification.get("signatures").get(0);
        assertThat(signature.get("integrityValid").asBoolean()).isTrue();
        assertThat(signature.get("chainTrusted").asBoolean()).isTrue();
        assertThat(signature.get("enrolledSigner").asBoolean()).isFalse();
        assertThat(signature.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("problems").toString())
                .contains("không phải chứng thư đã đăng ký cho Phạm Minh Khang (chưa đăng ký cho ai)");
        assertThat(jdbc.queryForMap("SELECT valid, signers_enrolled FROM document_verification WHERE document_id = ?",
                documentId)).containsEntry("valid", false).containsEntry("signers_enrolled", false);

        // Tasklist's approve only sees the row say "signed"; the clerk's issue checks the signature itself.
        officials.complete(CHAIRMAN, s.processInstanceId(), "userTask_chairmanApprovePlan", Map.of("decision", "approve"));
        assertThatThrownBy(() -> officials.complete(CLERK, s.processInstanceId(), "userTask_issuePlan",
                Map.of("issueDate", LocalDate.now(clock).toString())))
                .satisfies(e -> assertThat(messages(e)).contains("không thể ban hành")
                        .contains("không phải chứng thư đã đăng ký"));
        assertThat(documents.findById(documentId).orElseThrow().getStatus()).isEqualTo(OfficialDocument.Status.DRAFT);
    }

    @Test
    void onlyAnAdministratorEnrolsAndBadCertificatesAreRefusedWithTheReason() {
        String path = "/api/admin/signers/" + VICE_CHAIRMAN + "/certificates";
        SigningKey token = issuer().issue("Vũ Thị Thu Hằng");
        int rows = enrolments();

        ResponseEntity<JsonNode> official = enrol(CHAIRMAN, path, pem(token.certificate()));
        assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(official.getBody().get("message").asText()).contains("Chỉ quản trị hệ thống");
        assertThat(http.withBasicAuth(CHAIRMAN, "demo").getForEntity(path, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertBadRequest(enrol("admin", path, "không phải chứng thư"), "không đọc được");
        assertBadRequest(enrol("admin", path, pem(TestPki.chairman().certificate())), "không do tổ chức cấp chứng thư tin cậy");
        Instant now = clock.instant();
        SigningKey expired = issuer().issue("Vũ Thị Thu Hằng", now.minusSeconds(400L * 86_400), now.minusSeconds(30L * 86_400));
        assertBadRequest(enrol("admin", path, pem(expired.certificate())), "đã hết hạn");
        assertBadRequest(enrol("admin", path, pem(issuer().caCertificate())), "chứng thư của một CA");
        assertBadRequest(enrol("admin", "/api/admin/signers/khong-co-ai/certificates", pem(token.certificate())),
                "không phải tài khoản của cán bộ");
        assertThat(enrolments()).as("nothing written by a refusal").isEqualTo(rows);

        // DER is accepted as well as PEM; the same certificate again changes nothing.
        ResponseEntity<JsonNode> created = enrol("admin", path, CertificateCodec.der(token.certificate()),
                MediaType.valueOf("application/pkix-cert"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("username").asText()).isEqualTo(VICE_CHAIRMAN);
        assertThat(created.getBody().get("holder").asText()).isEqualTo("PERSON");
        assertThat(created.getBody().get("enrolledBy").asText()).isEqualTo("admin");
        assertThat(created.getBody().get("sha256").asText()).isEqualTo(CertificateCodec.sha256Hex(token.certificate()));
        assertThat(enrol("admin", path, pem(token.certificate())).getStatusCode()).isEqualTo(HttpStatus.OK);
        // A certificate belongs to one holder: not also to another vice-chairman, nor to the ward's seal.
        ResponseEntity<JsonNode> other = enrol("admin", "/api/admin/signers/huy.dq/certificates", pem(token.certificate()));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(enrol("admin", "/api/admin/agencies/thach-khoi/certificates", pem(token.certificate())).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(enrolments()).isEqualTo(rows + 1);
        JsonNode listed = http.withBasicAuth("admin", "demo").getForEntity(path, JsonNode.class).getBody();
        assertThat(listed.findValuesAsText("sha256")).contains(CertificateCodec.sha256Hex(token.certificate()));
        // The demo enrolled the ward's seal certificate, visible to the administrator.
        JsonNode seal = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/admin/agencies/thach-khoi/certificates", JsonNode.class).getBody();
        assertThat(seal.findValuesAsText("holder")).containsOnly("AGENCY");
        assertThat(seal.findValuesAsText("enrolledBy")).contains("demo");
    }

    private DemoCaIssuer issuer() {
        return new DemoCaIssuer(keys.directory(), keyPassword);
    }

    private SigningKey storeKey(String login) {
        return new KeyStoreLoader().load(KeyStoreRef.of(keys.directory().resolve("nguoi-ky-" + login + ".p12"), keyPassword));
    }

    private ResponseEntity<JsonNode> prepare(String user, long documentId, X509Certificate certificate) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/documents/" + documentId + "/signature/prepare",
                Map.of("certificate", Base64.getEncoder().encodeToString(CertificateCodec.der(certificate))), JsonNode.class);
    }

    private ResponseEntity<JsonNode> complete(String user, long documentId, ResponseEntity<JsonNode> prepared, byte[] cms) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/documents/" + documentId + "/signature/complete",
                Map.of("preparedId", prepared.getBody().get("preparedId").asText(),
                        "cms", Base64.getEncoder().encodeToString(cms)), JsonNode.class);
    }

    private static byte[] digest(ResponseEntity<JsonNode> prepared) {
        return Base64.getDecoder().decode(prepared.getBody().get("digest").asText());
    }

    private ResponseEntity<JsonNode> enrol(String user, String path, String pem) {
        return enrol(user, path, pem.getBytes(StandardCharsets.US_ASCII), MediaType.valueOf("application/x-pem-file"));
    }

    private ResponseEntity<JsonNode> enrol(String user, String path, byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void assertBadRequest(ResponseEntity<JsonNode> response, String reason) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains(reason);
    }

    private void assertUnsignedAndWaiting(PlanDriver.Started s, long documentId, String sha256Before) {
        OfficialDocument doc = documents.findById(documentId).orElseThrow();
        assertThat(doc.isSigned()).isFalse();
        assertThat(doc.getSha256()).isEqualTo(sha256Before);
        assertThat(task(s, "userTask_chairmanApprovePlan")).as("the signature task stays open").isNotNull();
    }

    private Task task(PlanDriver.Started s, String key) {
        return tasks.createTaskQuery().processInstanceId(s.processInstanceId()).taskDefinitionKey(key).singleResult();
    }

    private int preparedRows(long documentId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM prepared_signature WHERE document_id = ?", Integer.class, documentId);
    }

    private int enrolments() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM signer_certificate", Integer.class);
    }

    private void writeKeyStore(Path target, SigningKey key) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signing", key.privateKey(), keyPassword.toCharArray(), key.chain().toArray(new Certificate[0]));
        try (OutputStream out = Files.newOutputStream(target)) {
            store.store(out, keyPassword.toCharArray());
        }
    }

    private static String pem(X509Certificate certificate) {
        return DemoCaIssuer.pem(certificate);
    }

    /** The engine wraps a listener's exception; the reason is somewhere in the chain. */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
