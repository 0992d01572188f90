package vn.thidua.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.thidua.document.DocumentService;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.DocumentVersions;

/**
 * Verifies on demand every stored document of a plan: the current bytes against their recorded
 * SHA-256 and their signatures (integrity, whole-file coverage, trust; the result is stored like
 * every verification), each kept version against its own SHA-256, and the issued bytes against the
 * version recorded at issue (an altered row whose hash was "fixed" too is caught there).
 */
@Service
class IntegrityCheck {

    /** One check of one document; {@code ok} false names what failed. */
    public record Finding(long documentId, String document, String check, boolean ok, String message) {
    }

    public record Result(List<Finding> findings, int documents) {
        public boolean allOk() {
            return findings.stream().allMatch(Finding::ok);
        }

        public long failures() {
            return findings.stream().filter(f -> !f.ok()).count();
        }
    }

    private final JdbcTemplate jdbc;
    private final DocumentSignatures signatures;
    private final DocumentVersions versions;

    IntegrityCheck(JdbcTemplate jdbc, DocumentSignatures signatures, DocumentVersions versions) {
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.versions = versions;
    }

    public Result run(long planId) {
        record Doc(long id, String label, String status, String sha256) {
        }
        List<Doc> docs = jdbc.query("""
                SELECT id, kind, title, CASE WHEN number IS NULL THEN NULL ELSE CONCAT(LPAD(number, 2, '0'), '/', notation) END,
                       status, sha256 FROM official_document WHERE plan_id = ? ORDER BY id
                """, (rs, n) -> new Doc(rs.getLong(1), AuditLabels.documentKind(rs.getString(2))
                + (rs.getString(4) == null ? " (dự thảo)" : " số " + rs.getString(4)) + ": " + rs.getString(3), rs.getString(5),
                rs.getString(6)), planId);
        List<DocumentVersions.Version> all = versions.ofPlan(planId);
        List<Finding> findings = new ArrayList<>();
        for (Doc doc : docs) {
            DocumentSignatures.Verification v = signatures.verify(doc.id());
            findings.add(new Finding(doc.id(), doc.label(), "SHA-256 của tệp đang lưu", v.sha256MatchesStored(),
                    v.sha256MatchesStored() ? "Khớp " + v.storedSha256()
                            : "ĐÃ BỊ THAY ĐỔI: lưu " + v.storedSha256() + ", tính lại " + v.actualSha256()));
            if (!"DRAFT".equals(doc.status()) || !v.signatures().isEmpty()) {
                boolean signaturesOk = v.valid();
                findings.add(new Finding(doc.id(), doc.label(), "Chữ ký số", signaturesOk, signaturesOk
                        ? v.signatures().size() + " chữ ký hợp lệ, tin cậy, chữ ký cuối phủ toàn bộ tệp"
                        : String.join("; ", v.problems())));
            }
            List<DocumentVersions.Version> own = all.stream().filter(x -> x.documentId() == doc.id()).toList();
            for (DocumentVersions.Version version : own) {
                String actual = DocumentService.sha256(versions.bytes(version.id()).orElse(new byte[0]));
                boolean ok = actual.equals(version.sha256());
                findings.add(new Finding(doc.id(), doc.label(), "Phiên bản " + version.version() + " (" + AuditLabels.stage(version.stage().name())
                        + ")", ok, ok ? "Khớp " + actual : "ĐÃ BỊ THAY ĐỔI: lưu " + version.sha256() + ", tính lại " + actual));
            }
            own.stream().filter(x -> x.stage() == DocumentVersions.Stage.ISSUED).reduce((a, b) -> b).ifPresent(issued -> {
                boolean same = issued.sha256().equals(v.actualSha256());
                findings.add(new Finding(doc.id(), doc.label(), "Tệp ban hành so với bản lưu lúc ban hành", same, same
                        ? "Trùng với bản lưu lúc ban hành"
                        : "ĐÃ BỊ THAY ĐỔI: tệp đang lưu khác bản lưu lúc ban hành (" + issued.sha256() + ")"));
            });
        }
        return new Result(findings, docs.size());
    }
}
