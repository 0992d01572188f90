package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.ReminderLetter;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.plan.Plan;

/** Công văn đôn đốc to a unit that let a deadline of the plan pass. */
@Component
public class ReminderContent {

    /** What the unit has not done yet, for the letter's text. */
    public enum Missed { LAUNCH, FINAL_REPORT }

    public String notation(Agency agency) {
        return "UBND-" + agency.getDraftingUnitAbbreviation();
    }

    public String title(Missed missed) {
        return missed == Missed.LAUNCH ? "Đôn đốc tổ chức phát động đợt thi đua" : "Đôn đốc báo cáo kết quả thực hiện đợt thi đua";
    }

    public DocumentContent content(Agency agency, Plan plan, String planReference, OrgUnit unit, Missed missed,
            Integer number, LocalDate issuedOn) {
        String ward = Letterheads.inText(agency);
        LocalDate due = missed == Missed.LAUNCH ? plan.getLaunchDeadline() : plan.getReportDeadline();
        String task = missed == Missed.LAUNCH
                ? "hoàn thành phát động tổ chức thực hiện đợt thi đua tại cơ quan, đơn vị"
                : "gửi báo cáo kết quả tổ chức thực hiện Kế hoạch về Ủy ban nhân dân " + ward + " (qua Phòng Văn hóa - Xã hội)";
        return new ReminderLetter(Letterheads.header(agency, notation(agency), number, issuedOn), title(missed),
                List.of(unit.getName()),
                List.of("Thực hiện Kế hoạch" + planReference + " của Ủy ban nhân dân " + ward + " về " + lowerFirst(plan.getTitle())
                                + ", các cơ quan, đơn vị có trách nhiệm " + task + " trước ngày " + VietnameseDates.shortForm(due) + ".",
                        "Đến nay, " + unit.getName() + " chưa thực hiện nội dung trên. Ủy ban nhân dân " + ward + " đề nghị "
                                + unit.getName() + " khẩn trương thực hiện và báo cáo về Ủy ban nhân dân " + ward
                                + " (qua Phòng Văn hóa - Xã hội) để tổng hợp.",
                        "Ủy ban nhân dân " + ward + " đề nghị đơn vị quan tâm thực hiện./."),
                new SignatureBlock("TL. CHỦ TỊCH", "TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI", null),
                Letterheads.recipients(agency, List.of("Như trên", "Chủ tịch, các Phó Chủ tịch UBND " + ward)));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
