package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.workflow.signingdesk.SignatureDesk;
import vn.thidua.security.Official;
import vn.thidua.signing.key.KeyStoreAccessException;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;

/**
 * The chairman's signature step on the real application: signing through the desk (as the pages
 * do), Tasklist refusing an unsigned approval, delegation to a vice-chairman, the token API in two
 * phases, issue with the agency signature, verification, and every refusal leaving things as they were.
 */
@IntegrationTest
class ChairmanSigningIntegrationTest {

    private static final String CHAIRMAN = PlanDriver.CHAIRMAN;
    private static final String DEPUTY = "huy.dq";

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired SignatureDesk desk;
    @Autowired DocumentSignatures signatures;
    @Autowired OfficialDocumentRepository documents;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired SigningKeys keys;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired Clock clock;
    @Value("${thidua.signing.key-password}") String keyPassword;

    @Test
    void chairmanSignsAndTheTaskIsCompletedUnderHisName() {
        PlanDriver.Started s = driver.awaitingSignature("tdp-01");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        String taskId = signatureTask(s).getId();
        assertThat(desk.inbox(officials.official(CHAIRMAN))).extracting(SignatureDesk.InboxItem::documentId).contains(documentId);

        long start = System.nanoTime();
        OfficialDocument signed = desk.sign(officials.official(CHAIRMAN), documentId);
        System.out.printf("Sign + complete the chairman's task: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(signed.getSignedBy()).isEqualTo(CHAIRMAN);
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getAssignee()).isEqualTo(CHAIRMAN);
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(history.createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(UserOperationLogEntry::getUserId).containsOnly(CHAIRMAN);
        DocumentSignatures.Verification check = signatures.verify(documentId);
        assertThat(check.valid()).isTrue();
        assertThat(check.signatures()).singleElement().satisfies(sig -> {
            assertThat(sig.signer()).isEqualTo("Phạm Minh Khang");
            assertThat(sig.coversWholeFile()).isTrue();
            assertThat(sig.chainTrusted()).isTrue();
        });
        // Signing twice: the task is gone, the document is already signed.
        assertThatThrownBy(() -> desk.sign(officials.official(CHAIRMAN), documentId))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.CONFLICT));
    }

    @Test
    void tasklistCannotApproveAnUnsignedDocumentButMayReturnIt() {
        PlanDriver.Started s = driver.awaitingSignature("tdp-02");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        assertThatThrownBy(() -> officials.complete(CHAIRMAN, s.processInstanceId(), "userTask_chairmanApprovePlan",
                Map.of("decision", "approve")))
                .hasMessageContaining("chưa được bạn ký số").hasMessageContaining("/app/ky-so/" + documentId);
        assertThat(signatureTask(s)).isNotNull();

        officials.complete(CHAIRMAN, s.processInstanceId(), "userTask_chairmanApprovePlan",
                Map.of("decision", "return", "comment", "Sửa nơi nhận"));
        // Signing after a return: nothing is waiting any more.
        assertThatThrownBy(() -> desk.sign(officials.official(CHAIRMAN), documentId))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.CONFLICT));
        assertThat(documents.findById(documentId).orElseThrow().isSigned()).isFalse();
    }

    @Test
    void wrongPersonOtherWardTamperedBytesAndMissingCommentAreRefusedAndChangeNothing() {
        PlanDriver.Started s = driver.awaitingSignature("tdp-03");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        OfficialDocument before = documents.findById(documentId).orElseThrow();

        assertThatThrownBy(() -> desk.sign(officials.official("hang.vtt"), documentId))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.FORBIDDEN));
        Official otherWard = new Official("chu-tich-khac", List.of("ha-dong.chu-tich-ubnd"), List.of("ha-dong"));
        assertThatThrownBy(() -> desk.sign(otherWard, documentId))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.NOT_FOUND));
        assertThatThrownBy(() -> desk.returnWithComment(officials.official(CHAIRMAN), documentId, "   "))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.INVALID));

        // Somebody alters the stored draft: it is no longer what was submitted, so it is not signed.
        byte[] altered = before.getPdf().clone();
        altered[altered.length / 2] ^= 0x01;
        jdbc.update("UPDATE official_document SET pdf = ? WHERE id = ?", altered, documentId);
        assertThatThrownBy(() -> desk.sign(officials.official(CHAIRMAN), documentId))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignatureRefusedException.Reason.INVALID))
                .hasMessageContaining("đã bị thay đổi");
        jdbc.update("UPDATE official_document SET pdf = ? WHERE id = ?", before.getPdf(), documentId);

        OfficialDocument after = documents.findById(documentId).orElseThrow();
        assertThat(after.isSigned()).isFalse();
        assertThat(after.getSha256()).isEqualTo(before.getSha256());
        assertThat(signatureTask(s)).isNotNull();
    }

    @Test
    void chairmanHandsTheSignatureToAViceChairmanWhoSignsForHim() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-04");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        desk.delegate(officials.official(CHAIRMAN), documentId, DEPUTY);

        assertThat(desk.inbox(officials.official(CHAIRMAN))).extracting(SignatureDesk.InboxItem::documentId).doesNotContain(documentId);
        assertThat(desk.inbox(officials.official(DEPUTY))).filteredOn(i -> i.documentId() == documentId).singleElement()
                .satisfies(i -> assertThat(i.delegatedBy()).isEqualTo("Phạm Minh Khang"));
        String text = text(documents.findById(documentId).orElseThrow().getPdf());
        assertThat(text).contains("TM. ỦY BAN NHÂN DÂN").contains("KT. CHỦ TỊCH").contains("PHÓ CHỦ TỊCH").contains("Đỗ Quang Huy");
        // The chairman signing now would put his image in the deputy's block: refused.
        assertThatThrownBy(() -> desk.sign(officials.official(CHAIRMAN), documentId))
                .isInstanceOf(SignatureRefusedException.class);

        // The deputy's key store has another password than the configured one: a clear error, nothing changed.
        Path store = keys.directory().resolve("nguoi-ky-" + DEPUTY + ".p12");
        Path backup = Files.copy(store, store.resolveSibling("backup-" + DEPUTY + ".p12"), StandardCopyOption.REPLACE_EXISTING);
        try {
            rewriteWithPassword(store, "mat-khau-khac");
            assertThatThrownBy(() -> desk.sign(officials.official(DEPUTY), documentId))
                    .isInstanceOfSatisfying(KeyStoreAccessException.class,
                            e -> assertThat(e.reason()).isEqualTo(KeyStoreAccessException.Reason.WRONG_PASSWORD))
                    .hasMessageContaining("Sai mật khẩu kho khóa");
            assertThat(documents.findById(documentId).orElseThrow().isSigned()).isFalse();
            assertThat(signatureTask(s).getAssignee()).isEqualTo(DEPUTY);
        } finally {
            Files.move(backup, store, StandardCopyOption.REPLACE_EXISTING);
        }

        String taskId = signatureTask(s).getId();
        desk.sign(officials.official(DEPUTY), documentId);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(DEPUTY);
        DocumentSignatures.Verification check = signatures.verify(documentId);
        assertThat(check.valid()).isTrue();
        assertThat(check.signatures()).extracting(DocumentSignatures.SignatureInfo::signer).containsExactly("Đỗ Quang Huy");
    }

    @Test
    void tokenSignsInTwoPhasesThroughTheApiWithAKeyTheServerNeverSees() throws Exception {
        PlanDriver.Started s = driver.awaitingSignature("tdp-05");
        long documentId = officials.documentUnderApproval(s.processInstanceId());
        // The "token": the chairman's key, held by this test only (the server signs nothing in this path).
        SigningKey token = new KeyStoreLoader().load(KeyStoreRef.of(keys.directory().resolve("nguoi-ky-khang.pm.p12"), keyPassword));
        TestRestTemplate chairman = http.withBasicAuth(CHAIRMAN, "demo");

        ResponseEntity<JsonNode> prepared = chairman.postForEntity("/api/documents/" + documentId + "/signature/prepare",
                Map.of("certificate", Base64.getEncoder().encodeToString(token.certificate().getEncoded())), JsonNode.class);
        assertThat(prepared.getStatusCode()).isEqualTo(HttpStatus.OK);
        String preparedId = prepared.getBody().get("preparedId").asText();
        byte[] digest = Base64.getDecoder().decode(prepared.getBody().get("digest").asText());
        assertThat(prepared.getBody().get("digestAlgorithm").asText()).isEqualTo("SHA-256");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prepared_signature WHERE id = ?", Integer.class, preparedId)).isOne();

        // A container over another digest (a tampered document) is refused; nothing changes.
        byte[] wrong = TwoPhaseSigningTest.tokenSigns(CadesSignatureBuilder.sha256("autre".getBytes()), token);
        ResponseEntity<JsonNode> refused = chairman.postForEntity("/api/documents/" + documentId + "/signature/complete",
                Map.of("preparedId", preparedId, "cms", Base64.getEncoder().encodeToString(wrong)), JsonNode.class);
        // Not a field the chairman can correct (UnverifiableSignatureException): 422, where refused input is 400.
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("message").asText()).contains("message digest");
        assertThat(documents.findById(documentId).orElseThrow().isSigned()).isFalse();
        // Another official cannot finish the chairman's prepared signature.
        ResponseEntity<JsonNode> foreign = http.withBasicAuth("hang.vtt", "demo").postForEntity(
                "/api/documents/" + documentId + "/signature/complete",
                Map.of("preparedId", preparedId, "cms", Base64.getEncoder().encodeToString(wrong)), JsonNode.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        byte[] cms = TwoPhaseSigningTest.tokenSigns(digest, token);
        ResponseEntity<JsonNode> completed = chairman.postForEntity("/api/documents/" + documentId + "/signature/complete",
                Map.of("preparedId", preparedId, "cms", Base64.getEncoder().encodeToString(cms)), JsonNode.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(completed.getBody().get("signedBy").asText()).isEqualTo(CHAIRMAN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prepared_signature WHERE document_id = ?", Integer.class, documentId)).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(s.processInstanceId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("userTask_issuePlan");
        assertThat(history.createUserOperationLogQuery().processInstanceId(s.processInstanceId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(UserOperationLogEntry::getUserId).contains(CHAIRMAN);

        ResponseEntity<JsonNode> verification = chairman.getForEntity("/api/documents/" + documentId + "/verification", JsonNode.class);
        assertThat(verification.getBody().get("valid").asBoolean()).isTrue();
        assertThat(verification.getBody().get("signatures")).hasSize(1);
    }

    @Test
    void issuedDocumentCarriesBothSignaturesPdfsigAgreesAndAlteredBytesAreReportedInvalid() throws Exception {
        PlanDriver.Started s = driver.issued("tdp-06");
        long documentId = ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(s.processInstanceId())
                .variableName("documentId").singleResult().getValue()).longValue();
        OfficialDocument issued = documents.findById(documentId).orElseThrow();
        assertThat(issued.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);

        ResponseEntity<JsonNode> verification = http.withBasicAuth("nhung.cth", "demo")
                .getForEntity("/api/documents/" + documentId + "/verification", JsonNode.class);
        assertThat(verification.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = verification.getBody();
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("sha256MatchesStored").asBoolean()).isTrue();
        assertThat(body.get("signatures")).hasSize(2);
        assertThat(body.get("signatures").get(0).get("signer").asText()).isEqualTo("Phạm Minh Khang");
        assertThat(body.get("signatures").get(1).get("coversWholeFile").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT valid FROM document_verification WHERE document_id = ?", Boolean.class, documentId)).isTrue();

        if (Pdfsig.installed()) {
            Path file = Files.createDirectories(PdfSignerTest.OUTPUT).resolve("issued-plan-" + documentId + ".pdf");
            Files.write(file, issued.getPdf());
            String output = Pdfsig.run(file);
            assertThat(PdfSignerTest.count(output, "Signature Validation: Signature is Valid.")).as(output).isEqualTo(2);
        }

        // Somebody changes a byte of the stored, issued file: verification says so.
        byte[] altered = issued.getPdf().clone();
        altered[1000] ^= 0x01;
        jdbc.update("UPDATE official_document SET pdf = ? WHERE id = ?", altered, documentId);
        try {
            DocumentSignatures.Verification check = signatures.verify(documentId);
            assertThat(check.valid()).isFalse();
            assertThat(check.sha256MatchesStored()).isFalse();
            assertThat(jdbc.queryForObject("SELECT valid FROM document_verification WHERE document_id = ?", Boolean.class, documentId)).isFalse();
        } finally {
            jdbc.update("UPDATE official_document SET pdf = ? WHERE id = ?", issued.getPdf(), documentId);
        }
        assumeTrue(Pdfsig.installed(), "pdfsig not installed");
    }

    @Test
    void inboxShowsOverdueDocumentsFirstWithWhoSubmittedThem() {
        PlanDriver.Started early = driver.awaitingSignature("tdp-07");
        PlanDriver.Started late = driver.awaitingSignature("tdp-08");
        Task overdue = signatureTask(late);
        assertThat(overdue.getDueDate()).isAfter(Date.from(clock.instant()));
        tasks.setDueDate(overdue.getId(), Date.from(Instant.now().minus(Duration.ofDays(1))));

        List<SignatureDesk.InboxItem> inbox = desk.inbox(officials.official(CHAIRMAN));
        long lateDoc = officials.documentUnderApproval(late.processInstanceId());
        long earlyDoc = officials.documentUnderApproval(early.processInstanceId());
        assertThat(inbox.get(0).documentId()).isEqualTo(lateDoc);
        assertThat(inbox.get(0).overdue()).isTrue();
        assertThat(inbox).filteredOn(i -> i.documentId() == earlyDoc).singleElement().satisfies(i -> {
            assertThat(i.submittedBy()).isEqualTo("Vũ Thị Thu Hằng");
            assertThat(i.typeName()).isEqualTo("Kế hoạch");
            assertThat(i.overdue()).isFalse();
        });
        // The vice-chairman and the clerk have nothing to sign.
        assertThat(desk.inbox(officials.official("ngoc.ntb"))).isEmpty();
    }

    private Task signatureTask(PlanDriver.Started s) {
        return tasks.createTaskQuery().processInstanceId(s.processInstanceId())
                .taskDefinitionKey("userTask_chairmanApprovePlan").singleResult();
    }

    private void rewriteWithPassword(Path store, String newPassword) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, keyPassword.toCharArray());
        }
        KeyStore other = KeyStore.getInstance("PKCS12");
        other.load(null, null);
        other.setKeyEntry("signing", ks.getKey("signing", keyPassword.toCharArray()), newPassword.toCharArray(),
                ks.getCertificateChain("signing"));
        try (OutputStream out = Files.newOutputStream(store)) {
            other.store(out, newPassword.toCharArray());
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

}
