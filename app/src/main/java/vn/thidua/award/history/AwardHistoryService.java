package vn.thidua.award.history;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardType;
import vn.thidua.award.CandidateKey;
import vn.thidua.common.text.VietnameseCollation;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.common.validation.TextRules;

/**
 * Every award received, per recipient and year, with its decision and số sổ vàng: what a person
 * has held, and the source of next year's prerequisites (CSTĐCS needs LĐTT the same year).
 */
@Service
public class AwardHistoryService {

    private final JdbcTemplate jdbc;
    private final AwardProposalRepository proposals;
    private final Clock clock;

    AwardHistoryService(JdbcTemplate jdbc, AwardProposalRepository proposals, Clock clock) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.clock = clock;
    }

    /**
     * @param certificateSigned whether the certificate carries its signer's signature and the seal;
     *     false while it waits for the signer's USB token; null without a certificate
     * @param unitName the unit that proposed it (null for an award typed from a paper decision)
     * @param planId the plan whose decision gave it, whose documents page shows the decision and certificates
     * @param decisionUrl the issued decision's PDF (null for a paper decision)
     */
    public record Entry(Long id, String recipientKind, String recipientName, Long personId, Long unitId, String awardType,
            String awardLabel, int year, String decisionNumber, LocalDate decisionDate, Integer goldBookNo,
            String certificateUrl, Boolean certificateSigned, String unitName, Long planId, String decisionUrl) {
    }

    /**
     * What to list: a name typed with or without diacritics, a year, the recipients of one plan's
     * decision, and for a unit head only their units' awards ({@code unitIds} null: the whole ward).
     */
    public record Filter(String query, Integer year, Long planId, Collection<Long> unitIds) {
    }

    public record Page(List<Entry> items, int page, int size, long total) {
    }

    /** An award given outside this system (earlier years, paper decisions), typed by the specialist. */
    @Transactional
    public long record(Long agencyId, AwardProposal.CandidateKind kind, String name, Long personId, Long unitId,
            AwardType type, int year, String decisionNumber, LocalDate decisionDate, Integer goldBookNo) {
        TextRules rules = new TextRules();
        String clean = rules.text("recipientName", "Tên người/tập thể được khen", name, 200, true);
        String number = rules.text("decisionNumber", "Số quyết định", decisionNumber, 40, true);
        if (decisionDate == null) {
            rules.problem("decisionDate", "Ngày quyết định là bắt buộc.");
        }
        if (year < 2000 || year > 2100) {
            rules.problem("year", "Năm khen thưởng không hợp lệ.");
        }
        rules.throwIfAny();
        jdbc.update("INSERT INTO award_history (agency_id, recipient_kind, recipient_name, name_key, person_id, unit_id,"
                + " award_type, year, decision_number, decision_date, gold_book_no, proposal_id, recorded_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,NULL,?)", agencyId, kind.name(), clean, CandidateKey.of(clean), personId,
                unitId, type.name(), year, number, Date.valueOf(decisionDate), goldBookNo, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /**
     * Records every approved proposal of a plan once the chairman's award decision is issued (number
     * and date). Idempotent: a proposal already recorded is skipped (unique proposal_id).
     */
    @Transactional
    public int recordDecision(Long agencyId, int year, Long planId, String decisionNumber, LocalDate decisionDate) {
        List<Object[]> rows = new ArrayList<>();
        for (AwardProposal p : proposals.findByPlanIdOrderByIdAsc(planId)) {
            if (p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED) {
                rows.add(new Object[] {agencyId, p.getCandidateKind().name(), p.getCandidateName(),
                    CandidateKey.of(p.getCandidateName()), p.getPersonId(), p.getUnitId(), p.getAwardType().name(), year,
                    decisionNumber, Date.valueOf(decisionDate), p.getGoldBookNo(), p.getId(), Timestamp.from(clock.instant())});
            }
        }
        int[] counts = jdbc.batchUpdate("INSERT IGNORE INTO award_history (agency_id, recipient_kind, recipient_name,"
                + " name_key, person_id, unit_id, award_type, year, decision_number, decision_date, gold_book_no,"
                + " proposal_id, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        int n = 0;
        for (int c : counts) {
            n += c > 0 || c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
        }
        return n;
    }

    /** A certificate issued unsigned waits for its signer's USB token (signed_by stays empty until then). */
    private static Boolean certificateSigned(Integer signed) {
        return signed == null ? null : signed == 1;
    }

    private static String pdfUrl(Long documentId) {
        return documentId == null ? null : "/api/documents/" + documentId + "/pdf";
    }

    /**
     * Search by name without diacritics ("nguyen van a" finds "Nguyễn Văn A"), optionally by year,
     * sorted in Vietnamese order (given name first, as administrative lists are); paged.
     */
    @Transactional(readOnly = true)
    public Page search(Long agencyId, String query, Integer year, int page, int size) {
        return search(agencyId, new Filter(query, year, null, null), page, size);
    }

    @Transactional(readOnly = true)
    public Page search(Long agencyId, Filter filter, int page, int size) {
        String key = CandidateKey.of(VietnameseText.cleanOrNull(filter.query()));
        // An award given in this system links to its issued certificate: the plan's Giấy khen/danh hiệu
        // whose number is the recipient's số sổ vàng (awards typed from paper decisions have none),
        // and to the plan's issued decision.
        StringBuilder sql = new StringBuilder("SELECT h.id, h.recipient_kind, h.recipient_name, h.person_id, h.unit_id,"
                + " h.award_type, h.year, h.decision_number, h.decision_date, h.gold_book_no, u.name AS unit_name, p.plan_id,"
                + " (SELECT MAX(d.id) FROM official_document d WHERE d.plan_id = p.plan_id AND d.kind = 'GK'"
                + "   AND d.status = 'ISSUED' AND d.number = h.gold_book_no) AS certificate_id,"
                + " (SELECT MIN(d.signed_by IS NOT NULL) FROM official_document d WHERE d.plan_id = p.plan_id AND d.kind = 'GK'"
                + "   AND d.status = 'ISSUED' AND d.number = h.gold_book_no) AS certificate_signed,"
                + " (SELECT MAX(d.id) FROM official_document d WHERE d.plan_id = p.plan_id AND d.kind = 'QD'"
                + "   AND d.status = 'ISSUED') AS decision_id"
                + " FROM award_history h LEFT JOIN award_proposal p ON p.id = h.proposal_id"
                + " LEFT JOIN org_unit u ON u.id = h.unit_id WHERE h.agency_id = ?");
        List<Object> args = new ArrayList<>(List.of(agencyId));
        if (key != null && !key.isEmpty()) {
            sql.append(" AND h.name_key LIKE ?");
            args.add("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.year() != null) {
            sql.append(" AND h.year = ?");
            args.add(filter.year());
        }
        if (filter.planId() != null) {
            sql.append(" AND p.plan_id = ?");
            args.add(filter.planId());
        }
        if (filter.unitIds() != null) {
            if (filter.unitIds().isEmpty()) {
                return new Page(List.of(), page, size, 0);
            }
            sql.append(" AND h.unit_id IN (").append(String.join(",", java.util.Collections.nCopies(filter.unitIds().size(), "?")))
                    .append(")");
            args.addAll(filter.unitIds());
        }
        List<Entry> all = jdbc.query(sql.toString(), (rs, i) -> {
            String type = rs.getString("award_type");
            return new Entry(rs.getLong("id"), rs.getString("recipient_kind"), rs.getString("recipient_name"),
                    rs.getObject("person_id", Long.class), rs.getObject("unit_id", Long.class), type,
                    AwardType.of(type).map(AwardType::label).orElse(type), rs.getInt("year"),
                    rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                    rs.getObject("gold_book_no", Integer.class), pdfUrl(rs.getObject("certificate_id", Long.class)),
                    certificateSigned(rs.getObject("certificate_signed", Integer.class)), rs.getString("unit_name"),
                    rs.getObject("plan_id", Long.class), pdfUrl(rs.getObject("decision_id", Long.class)));
        }, args.toArray());
        // MariaDB's collations differ between 10.x and 11.x for Vietnamese: sort in Java, one rule everywhere.
        // People by given name (as administrative lists are), collectives and households by their whole name.
        Comparator<String> person = VietnameseCollation.personName();
        Comparator<String> text = VietnameseCollation.text();
        all.sort(Comparator.comparing(Entry::recipientKind, Comparator.comparing(k -> !k.equals("INDIVIDUAL")))
                .thenComparing((a, b) -> a.recipientKind().equals("INDIVIDUAL") && b.recipientKind().equals("INDIVIDUAL")
                        ? person.compare(a.recipientName(), b.recipientName()) : text.compare(a.recipientName(), b.recipientName()))
                .thenComparing(Comparator.comparingInt(Entry::year).reversed()));
        int safeSize = Math.max(1, Math.min(size, 200));
        // In long: a page number typed into the address bar must not overflow into a negative index.
        int from = (int) Math.min((long) Math.max(page, 0) * safeSize, all.size());
        return new Page(all.subList(from, Math.min(from + safeSize, all.size())), page, safeSize, all.size());
    }
}
