package vn.thidua.award.proposal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.AwardSettings;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.organisation.OrgUnit;

/** Supporting files of a proposal (PDF, JPEG, PNG, DOCX), size-limited, typed by magic bytes, stored with SHA-256. */
@Service
public class ProposalFiles {

    private final JdbcTemplate jdbc;
    private final ProposalService proposals;
    private final AwardRoundService rounds;
    private final AwardSettings settings;
    private final Clock clock;

    ProposalFiles(JdbcTemplate jdbc, ProposalService proposals, AwardRoundService rounds, AwardSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.rounds = rounds;
        this.settings = settings;
        this.clock = clock;
    }

    public record StoredFile(Long id, Long proposalId, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    @Transactional
    public StoredFile upload(Long proposalId, OrgUnit unit, String user, String fileName, byte[] content) {
        AwardProposal p = proposals.ownProposal(proposalId, unit);
        rounds.requireOpenFor(rounds.of(p.getPlanId()), p);
        String name = VietnameseText.cleanOrNull(fileName);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "Tệp tải lên rỗng.");
        }
        if (content.length > settings.maxFileBytes()) {
            throw new InvalidInputException("file", "Tệp \"" + name + "\" quá lớn: " + megabytes(content.length)
                    + ", tối đa " + megabytes(settings.maxFileBytes()) + ".");
        }
        FileKinds kind = FileKinds.detect(content).orElseThrow(() -> new InvalidInputException("file", "Tệp \"" + name
                + "\" không phải PDF, JPEG, PNG hoặc DOCX (kiểm tra theo nội dung tệp, không theo phần mở rộng)."));
        String stored = name == null || name.length() > 255 ? "tep-dinh-kem" + kind.extension() : name;
        String sha = sha256(content);
        jdbc.update("INSERT INTO award_file (proposal_id, file_name, content_type, size_bytes, sha256, content, uploaded_by,"
                + " uploaded_at) VALUES (?,?,?,?,?,?,?,?)", proposalId, stored, kind.contentType(), content.length, sha, content,
                user, Timestamp.from(clock.instant()));
        Long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        return new StoredFile(id, proposalId, stored, kind.contentType(), content.length, sha);
    }

    public List<StoredFile> of(Long proposalId) {
        return jdbc.query("SELECT id, proposal_id, file_name, content_type, size_bytes, sha256 FROM award_file WHERE proposal_id = ?"
                + " ORDER BY id", (rs, i) -> new StoredFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getString(6)), proposalId);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace('.', ',');
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
