package vn.thidua.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.DocumentKind;
import vn.thidua.document.render.content.OutgoingRegister;
import vn.thidua.organisation.Agency;

/**
 * Reads the Sổ đăng ký văn bản đi of an agency and year and prints it (PDF/A, landscape) or
 * exports it (CSV). The register is the issued documents themselves: number, date and the
 * signer and recipients fixed at issue; nothing is kept twice.
 */
@Service
public class RegisterService {

    private final JdbcTemplate jdbc;
    private final DocumentRenderer renderer;
    private final Clock clock;

    RegisterService(JdbcTemplate jdbc, DocumentRenderer renderer, Clock clock) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegisterView read(Agency agency, int year) {
        // Columns only, not the entity: an entity would load every PDF (the LAZY blob is not lazy
        // without bytecode enhancement).
        Map<String, List<RegisterView.Row>> bySequence = new LinkedHashMap<>();
        jdbc.query("""
                SELECT d.id, d.sequence_key, d.number, d.notation, d.issued_on, d.kind, d.title, d.signer_name,
                       d.issued_by, p.full_name, d.recipients, d.sha256
                  FROM official_document d
                  LEFT JOIN person p ON p.username = d.issued_by
                 WHERE d.agency_id = ? AND d.year = ? AND d.status = 'ISSUED'
                 ORDER BY CASE d.sequence_key WHEN ? THEN 0 WHEN ? THEN 2 ELSE 1 END, d.sequence_key, d.number
                """, rs -> {
            String issuer = rs.getString("full_name") != null ? rs.getString("full_name") : rs.getString("issued_by");
            bySequence.computeIfAbsent(rs.getString("sequence_key"), k -> new ArrayList<>()).add(new RegisterView.Row(
                    rs.getLong("id"), "GK".equals(rs.getString("kind"))
                            // A Giấy khen is registered under its decision, by its số sổ vàng.
                            ? String.format("Sổ vàng %02d, QĐ số %s", rs.getInt("number"), rs.getString("notation"))
                            : String.format("%02d/%s", rs.getInt("number"), rs.getString("notation")),
                    rs.getObject("issued_on", LocalDate.class), kindName(rs.getString("kind")), rs.getString("title"),
                    rs.getString("signer_name"), issuer, rs.getString("recipients"), rs.getString("sha256")));
        }, agency.getId(), year, DocumentRegister.SINGLE_SEQUENCE, DocumentRegister.COUNCIL_SEQUENCE);
        List<RegisterView.Sequence> sequences = bySequence.entrySet().stream()
                .map(e -> new RegisterView.Sequence(e.getKey(), sequenceName(e.getKey()), e.getValue()))
                .toList();
        return new RegisterView(agency.getCode(), agency.getShortName(), year, sequences);
    }

    /** The register printed today: letterhead, "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM …" and a table per sequence. */
    public byte[] pdf(Agency agency, RegisterView register) {
        List<OutgoingRegister.Sequence> sequences = register.sequences().stream()
                .map(s -> new OutgoingRegister.Sequence(s.name(), s.rows().stream().map(RegisterView.Row::toEntry).toList()))
                .toList();
        return renderer.render(new OutgoingRegister(
                OutgoingRegister.header(null, List.of("ỦY BAN NHÂN DÂN", agency.nameWithoutCommittee()), agency.getPlace(),
                        LocalDate.now(clock)),
                register.year(), sequences));
    }

    public byte[] csv(RegisterView register) {
        return RegisterCsv.write(register);
    }

    /** "Sổ chung", "Kế hoạch (KH)", "Hội đồng Thi đua - Khen thưởng". */
    static String sequenceName(String key) {
        if (DocumentRegister.SINGLE_SEQUENCE.equals(key)) {
            return "Sổ chung";
        }
        if (DocumentRegister.COUNCIL_SEQUENCE.equals(key)) {
            return "Hội đồng Thi đua - Khen thưởng";
        }
        if (key.startsWith("GK-")) {
            return "Giấy khen (theo số sổ vàng của Quyết định khen thưởng)";
        }
        DocumentKind kind = kind(key);
        if (kind == null) {
            return key;
        }
        return kind.abbreviation() == null ? kind.displayName() : kind.displayName() + " (" + kind.abbreviation() + ")";
    }

    static String kindName(String code) {
        DocumentKind kind = kind(code);
        return kind == null ? code : kind.displayName();
    }

    private static DocumentKind kind(String code) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
