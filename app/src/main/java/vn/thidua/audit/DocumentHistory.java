package vn.thidua.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.DocumentService;
import vn.thidua.document.DocumentVersions;
import vn.thidua.signing.verify.SignatureCheck;
import vn.thidua.signing.verify.SignatureVerifier;
import vn.thidua.signing.verify.VerificationReport;

/**
 * Every version of every document a plan produced (drafts re-rendered after a return or a
 * delegation, the signed draft, the issued file), each with its SHA-256 and what a signature check
 * of its bytes finds now: who signed, when, valid, covering the whole file, trusted.
 */
@Service
class DocumentHistory {

    public record Signature(String signer, String signedAt, boolean valid, boolean coversWholeFile, boolean trusted,
            List<String> problems) {
    }

    public record VersionView(long id, int version, String stage, String sha256, String actualSha256, String createdAt,
            String createdBy, int size, List<Signature> signatures) {
        public boolean bytesIntact() {
            return sha256.equals(actualSha256);
        }

        public String stageLabel() {
            return AuditLabels.stage(stage);
        }
    }

    public record DocumentView(long id, String kind, String title, String number, String status, String currentSha256,
            List<VersionView> versions) {
        public String kindLabel() {
            return AuditLabels.documentKind(kind);
        }
    }

    private final JdbcTemplate jdbc;
    private final DocumentVersions versions;
    private final SignatureVerifier verifier;

    DocumentHistory(JdbcTemplate jdbc, DocumentVersions versions, SignatureVerifier verifier) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.verifier = verifier;
    }

    @Transactional(readOnly = true)
    public List<DocumentView> of(long planId) {
        Map<Long, List<VersionView>> byDocument = new HashMap<>();
        for (DocumentVersions.Version v : versions.ofPlan(planId)) {
            byte[] bytes = versions.bytes(v.id()).orElse(new byte[0]);
            byDocument.computeIfAbsent(v.documentId(), k -> new ArrayList<>()).add(view(v, bytes));
        }
        return jdbc.query("""
                SELECT id, kind, title, CASE WHEN number IS NULL THEN NULL ELSE CONCAT(LPAD(number, 2, '0'), '/', notation) END,
                       status, sha256
                  FROM official_document WHERE plan_id = ? ORDER BY id
                """, (rs, n) -> new DocumentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), byDocument.getOrDefault(rs.getLong(1), List.of())), planId);
    }

    private VersionView view(DocumentVersions.Version v, byte[] bytes) {
        List<Signature> signatures = new ArrayList<>();
        if (v.stage() != DocumentVersions.Stage.DRAFT) {
            VerificationReport report = verifier.verify(bytes);
            for (SignatureCheck c : report.signatures()) {
                signatures.add(new Signature(c.signerName(), c.signingTime() == null ? "" : AuditLabels.time(c.signingTime().toInstant()),
                        c.valid(), c.coversWholeFile(), c.chainTrusted(), c.problems()));
            }
        }
        return new VersionView(v.id(), v.version(), v.stage().name(), v.sha256(), DocumentService.sha256(bytes),
                AuditLabels.time(v.createdAt()), v.createdBy(), v.size(), signatures);
    }

    static Instant now() {
        return Instant.now();
    }
}
