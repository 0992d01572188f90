package vn.thidua.document.kinds;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardSettings;
import vn.thidua.award.council.CouncilResults;
import vn.thidua.award.council.CouncilResults.CandidateResult;
import vn.thidua.award.council.CouncilResults.Minutes;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.render.content.Attendee;
import vn.thidua.document.render.content.CouncilMinutes;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.document.render.content.VoteTally;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.CouncilMember;
import vn.thidua.organisation.CouncilMemberRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.plan.Plan;

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng, from what the council's meeting recorded
 * ({@link CouncilResults#minutes}): date and place, chair and secretary, attendance against the
 * quorum, absent members with their written opinions, per candidate the ballots of those present,
 * the whole council's agreement, the threshold and the result, and the conclusion. Numbered in the
 * council's own sequence ("03/BB-HĐTĐKT"), signed by the secretary (left) and the chair (right).
 */
@Component
public class MinutesContent implements DocumentKindContent {

    public static final String KIND = "BB";
    public static final String SECRETARY_TITLE = "THƯ KÝ";
    public static final String CHAIR_TITLE = "CHỦ TỊCH HỘI ĐỒNG";

    private final CouncilResults results;
    private final CouncilMemberRepository members;
    private final PersonRepository people;
    private final AwardSettings settings;
    private final JdbcTemplate jdbc;

    MinutesContent(CouncilResults results, CouncilMemberRepository members, PersonRepository people, AwardSettings settings,
            JdbcTemplate jdbc) {
        this.results = results;
        this.members = members;
        this.people = people;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** The chair and the secretary of the meeting's council, with their logins (their keys sign). */
    public record Signers(Person chair, Person secretary) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String notation(Agency agency) {
        return "BB-HĐTĐKT";
    }

    @Override
    public boolean councilSequence() {
        return true;
    }

    @Override
    public String title(Plan plan) {
        return "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng đợt thi đua năm " + plan.getYear();
    }

    /** The plan's last closed meeting: the one whose minutes are drafted, signed and issued. */
    public Long lastClosedMeeting(Plan plan) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM council_meeting WHERE plan_id = ? AND status = 'CLOSED'"
                + " ORDER BY id DESC LIMIT 1", Long.class, plan.getId());
        if (ids.isEmpty()) {
            throw new InvalidInputException("meeting", "Hội đồng Thi đua - Khen thưởng chưa kết thúc cuộc họp nào cho kế hoạch này:"
                    + " biên bản được lập khi cuộc họp đã có kết quả.");
        }
        return ids.get(0);
    }

    public Signers signers(Long agencyId) {
        Person chair = null;
        Person secretary = null;
        for (CouncilMember m : members.findByAgencyIdOrderByPosition(agencyId)) {
            String role = m.getCouncilRole() == null ? "" : m.getCouncilRole().toLowerCase(Locale.forLanguageTag("vi"));
            if (chair == null && role.startsWith("chủ tịch")) {
                chair = people.findById(m.getPersonId()).orElse(null);
            }
            if (secretary == null && role.contains("thư ký")) {
                secretary = people.findById(m.getPersonId()).orElse(null);
            }
        }
        if (chair == null || secretary == null) {
            throw new InvalidInputException("council", "Danh sách Hội đồng Thi đua - Khen thưởng phải có Chủ tịch Hội đồng và"
                    + " Thư ký Hội đồng (vai trò trong Hội đồng) để ký biên bản.");
        }
        return new Signers(chair, secretary);
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        return content(agency, plan, lastClosedMeeting(plan), number, issuedOn, null);
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        return content(agency, plan, lastClosedMeeting(plan), number, issuedOn, signature);
    }

    /**
     * @param chairSignature the chair's block as the document's signer reads (null: the council's chair)
     */
    public CouncilMinutes content(Agency agency, Plan plan, Long meetingId, Integer number, LocalDate issuedOn,
            SignatureBlock chairSignature) {
        Minutes minutes = results.minutes(meetingId);
        if (!minutes.meeting().closed()) {
            throw new InvalidInputException("meeting", "Cuộc họp của Hội đồng chưa kết thúc: biên bản được lập khi đã có kết quả.");
        }
        List<CouncilMember> council = members.findByAgencyIdOrderByPosition(minutes.meeting().agencyId());
        Signers signers = signers(minutes.meeting().agencyId());
        Attendee chair = null;
        Attendee secretary = null;
        List<Attendee> present = new ArrayList<>();
        List<Attendee> absent = new ArrayList<>();
        for (int i = 0; i < minutes.members().size(); i++) {
            CouncilResults.MemberLine line = minutes.members().get(i);
            Person person = i < council.size() ? people.findById(council.get(i).getPersonId()).orElse(null) : null;
            String name = salutation(person) + line.fullName();
            String role = person == null || person.getPosition() == null || person.getPosition().isBlank() ? line.councilRole()
                    : person.getPosition() + ", " + line.councilRole();
            if (line.present()) {
                Attendee a = new Attendee(name, role, null);
                present.add(a);
                if (person != null && person.getId().equals(signers.chair().getId())) {
                    chair = a;
                }
                if (person != null && person.getId().equals(signers.secretary().getId())) {
                    secretary = a;
                }
            } else {
                String note = line.writtenOpinion() == null ? "vắng mặt, không có ý kiến bằng văn bản"
                        : "vắng mặt, có ý kiến bằng văn bản: \u201C" + stripEnd(line.writtenOpinion()) + "\u201D";
                absent.add(new Attendee(name, role, note));
            }
        }
        if (chair == null) {
            chair = new Attendee(salutation(signers.chair()) + signers.chair().getFullName(), "Chủ tịch Hội đồng",
                    "vắng mặt; không chủ trì cuộc họp");
        }
        if (secretary == null) {
            secretary = new Attendee(salutation(signers.secretary()) + signers.secretary().getFullName(), "Thư ký Hội đồng", null);
        }
        var attendance = minutes.attendance();
        List<String> proceedings = new ArrayList<>();
        proceedings.add("Số thành viên Hội đồng có mặt: " + two(attendance.present()) + "/" + two(attendance.councilSize())
                + "; yêu cầu tối thiểu " + two(attendance.needed()) + " thành viên (túc số " + settings.quorum()
                + " và " + settings.sessionAttendancePercent() + "% thành viên đối với phiên xét khen thưởng): "
                + (attendance.sufficient() ? "cuộc họp đủ điều kiện tiến hành." : "cuộc họp không đủ điều kiện tiến hành."));
        proceedings.add("Hội đồng xem xét " + two(minutes.candidates().size()) + " đề nghị khen thưởng của các cơ quan, đơn vị"
                + " trong đợt thi đua năm " + plan.getYear() + " do Phòng Văn hóa - Xã hội tổng hợp, thẩm định; đối chiếu"
                + " tiêu chuẩn, điều kiện theo quy định và kết quả thực hiện các chỉ tiêu thi đua của đơn vị.");
        if (minutes.absentees().stream().anyMatch(m -> m.writtenOpinion() != null)) {
            proceedings.add("Thư ký Hội đồng đọc ý kiến bằng văn bản của các thành viên vắng mặt; các ý kiến này được tính vào"
                    + " số thành viên đồng ý đối với danh hiệu Chiến sĩ thi đua cơ sở.");
        }
        proceedings.add("Các thành viên có mặt bỏ phiếu kín đối với từng trường hợp.");
        // A member present who did not vote (the secretary ended the voting): every ballot covers every
        // candidate, so the missing ones are the same for each.
        int notVoting = minutes.candidates().stream().mapToInt(c -> attendance.present() - c.agree() - c.disagree())
                .max().orElse(0);
        if (notVoting > 0) {
            proceedings.add("Số thành viên có mặt không bỏ phiếu: " + two(notVoting) + "; Thư ký Hội đồng kết thúc bỏ phiếu"
                    + " khi số thành viên đã bỏ phiếu đạt số tối thiểu. Thành viên không bỏ phiếu được tính là không bỏ phiếu"
                    + " (không tính vào số đồng ý hay không đồng ý).");
        }
        List<VoteTally> votes = new ArrayList<>();
        Map<String, Integer> approvedByAward = new TreeMap<>();
        int rejected = 0;
        for (CandidateResult c : minutes.candidates()) {
            votes.add(new VoteTally(c.name(), c.awardLabel(), c.agree(), c.disagree(), c.writtenAgree(), c.writtenDisagree(),
                    c.thresholdText(), c.approved(), c.note() == null ? null : stripEnd(c.note())));
            if (c.approved()) {
                approvedByAward.merge(c.awardLabel(), 1, Integer::sum);
            } else {
                rejected++;
            }
        }
        List<String> conclusions = new ArrayList<>();
        String ward = Letterheads.inText(agency);
        if (approvedByAward.isEmpty()) {
            conclusions.add("Không có trường hợp nào đạt số phiếu theo quy định; Hội đồng không đề nghị khen thưởng.");
        } else {
            List<String> parts = new ArrayList<>();
            approvedByAward.forEach((award, n) -> parts.add(award + ": " + two(n)));
            conclusions.add("Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân " + ward + " khen thưởng "
                    + two(approvedByAward.values().stream().mapToInt(Integer::intValue).sum())
                    + " trường hợp đạt (" + String.join("; ", parts) + ")"
                    + (rejected == 0 ? "." : "; " + two(rejected) + " trường hợp không đạt."));
        }
        conclusions.add("Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và nhất trí thông qua.");
        LocalTime ended = closingTime(meetingId, minutes.meeting().heldOn());
        LocalDate date = issuedOn;
        DocumentNumber n = number == null ? DocumentNumber.draft(notation(agency)) : DocumentNumber.issued(number, notation(agency));
        DocumentHeader header = new DocumentHeader("ỦY BAN NHÂN DÂN " + agency.nameWithoutCommittee(),
                List.of("HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG"), n, agency.getPlace(), date,
                date == null ? minutes.meeting().heldOn().getYear() : date.getYear());
        SignatureBlock chairBlock = chairSignature != null ? chairSignature
                : new SignatureBlock(null, CHAIR_TITLE, signers.chair().getFullName());
        return new CouncilMinutes(header, title(plan), minutes.meeting().heldOn(), null, minutes.meeting().place(), chair,
                secretary, attendance.councilSize(), present, absent, proceedings, votes, conclusions, ended,
                new SignatureBlock(null, SECRETARY_TITLE, signers.secretary().getFullName()), chairBlock);
    }

    /** When the secretary closed the meeting, if on the meeting's day (else the minutes name no time). */
    private LocalTime closingTime(Long meetingId, LocalDate heldOn) {
        List<Timestamp> closed = jdbc.queryForList("SELECT closed_at FROM council_meeting WHERE id = ?", Timestamp.class, meetingId);
        if (closed.isEmpty() || closed.get(0) == null) {
            return null;
        }
        LocalDateTime at = LocalDateTime.ofInstant(closed.get(0).toInstant(), VietnameseDates.VIETNAM);
        return at.toLocalDate().equals(heldOn) ? at.toLocalTime().withSecond(0).withNano(0) : null;
    }

    static String salutation(Person person) {
        if (person == null || person.getGender() == null) {
            return "";
        }
        return switch (person.getGender()) {
            case "Nữ" -> "Bà ";
            case "Nam" -> "Ông ";
            default -> "";
        };
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
