package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardType;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/**
 * The certificate of one approved candidate, in the form its award takes: a Giấy khen ("TẶNG GIẤY
 * KHEN"), or a title ("TẶNG DANH HIỆU" Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động
 * tiên tiến, Gia đình văn hóa, Tổ dân phố văn hóa), with the decision's number and date, its số sổ
 * vàng, and the signature block of whoever signed the decision.
 */
@Component
public class CertificateContent {

    /** Above this length the unit's text is a report, not a line for a certificate. */
    private static final int SHORT_ACHIEVEMENT = 160;

    public Certificate content(Agency agency, Plan plan, AwardProposal proposal, int decisionNumber, LocalDate decisionDate,
            SignatureBlock signature) {
        AwardType type = proposal.getAwardType();
        return new Certificate(Letterheads.header(agency, "QĐ-UBND", decisionNumber, decisionDate),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + agency.nameWithoutCommittee(), type.label(), type != AwardType.GIAY_KHEN,
                recipient(proposal), proposal.getCandidateTitle(), achievement(proposal.getAchievement(), plan.getYear()),
                proposal.getGoldBookNo() == null ? "" : String.format(Locale.ROOT, "%02d", proposal.getGoldBookNo()), signature);
    }

    /** "Bà Hoàng Thị Minh Phương" for an individual whose gender is known; a collective or household as named. */
    static String recipient(AwardProposal p) {
        String name = p.getCandidateName().strip();
        if (p.getCandidateKind() != AwardProposal.CandidateKind.INDIVIDUAL || name.startsWith("Ông ") || name.startsWith("Bà ")) {
            return name;
        }
        return "Nữ".equals(p.getGender()) ? "Bà " + name : "Nam".equals(p.getGender()) ? "Ông " + name : name;
    }

    /**
     * One sentence: the unit's line of achievement (its final full stop dropped, first letter capital)
     * followed by the campaign and its year, "Hoàn thành xuất sắc nhiệm vụ tại bộ phận một cửa trong
     * đợt thi đua năm 2025." A long report or several sentences give the standard sentence instead.
     */
    static String achievement(String typed, int year) {
        String campaign = "đợt thi đua năm " + year;
        String t = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        while (t.endsWith(".") || t.endsWith(";") || t.endsWith(",") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.length() > SHORT_ACHIEVEMENT || t.contains(". ") || t.contains("\n")) {
            return "Đã có thành tích xuất sắc trong " + campaign + ".";
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        if (t.toLowerCase(Locale.forLanguageTag("vi")).contains(campaign)) {
            return t + ".";
        }
        return t + " trong " + campaign + ".";
    }
}
