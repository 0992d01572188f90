package vn.thidua.award.council;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundRepository;
import vn.thidua.award.AwardSettings;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.common.validation.TextRules;
import vn.thidua.organisation.CouncilMember;
import vn.thidua.organisation.CouncilMemberRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;

/**
 * The council's meeting on a round: attendance and quorum, the secret ballot (one ballot per
 * member per candidate, on their own login), absent members' written opinions, and closing.
 * Every refusal is a Vietnamese message and writes nothing.
 *
 * <p>Secrecy: {@code ballot_voter} records that a member voted on a candidate; {@code ballot_box}
 * holds only the two counters per candidate. No row, id or timestamp links a voter to a choice.
 */
@Service
public class CouncilService {

    private final JdbcTemplate jdbc;
    private final AwardRoundRepository rounds;
    private final AwardProposalRepository proposals;
    private final CouncilMemberRepository members;
    private final PersonRepository people;
    private final AwardSettings settings;
    private final Clock clock;

    CouncilService(JdbcTemplate jdbc, AwardRoundRepository rounds, AwardProposalRepository proposals,
            CouncilMemberRepository members, PersonRepository people, AwardSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.proposals = proposals;
        this.members = members;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    public record Meeting(Long id, Long planId, Long agencyId, LocalDate heldOn, String place, int councilSize,
            String status) {

        public boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    /**
     * Opens the council's meeting on a round. From now on units can no longer change proposals
     * (the round is marked as met).
     */
    @Transactional
    public Meeting open(Long planId, LocalDate heldOn, String place, String openedBy) {
        TextRules rules = new TextRules();
        String cleanPlace = rules.text("place", "Địa điểm họp", place, 300, true);
        if (heldOn == null) {
            rules.problem("heldOn", "Ngày họp là bắt buộc.");
        }
        AwardRound round = rounds.findByPlanId(planId).orElse(null);
        if (round == null) {
            rules.problem("planId", "Kế hoạch này chưa mở đợt đề nghị khen thưởng.");
        }
        rules.throwIfAny();
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM council_meeting WHERE plan_id = ? AND status = 'OPEN'",
                Integer.class, planId);
        if (open != null && open > 0) {
            throw new InvalidInputException("meeting", "Hội đồng đang có một cuộc họp chưa kết thúc cho đợt khen thưởng này.");
        }
        int size = members.findByAgencyIdOrderByPosition(round.getAgencyId()).size();
        if (size == 0) {
            throw new InvalidInputException("council", "Phường chưa có danh sách Hội đồng Thi đua - Khen thưởng.");
        }
        jdbc.update("INSERT INTO council_meeting (plan_id, agency_id, held_on, place, council_size, status, opened_by)"
                + " VALUES (?,?,?,?,?, 'OPEN', ?)", planId, round.getAgencyId(), Date.valueOf(heldOn), cleanPlace, size, openedBy);
        round.councilMet(clock.instant());
        return meeting(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class));
    }

    public Meeting meeting(Long meetingId) {
        List<Meeting> found = jdbc.query("SELECT id, plan_id, agency_id, held_on, place, council_size, status"
                + " FROM council_meeting WHERE id = ?", (rs, i) -> new Meeting(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getInt(6), rs.getString(7)), meetingId);
        if (found.isEmpty()) {
            throw new InvalidInputException("meeting", "Không tìm thấy cuộc họp của Hội đồng.");
        }
        return found.get(0);
    }

    /**
     * The plan's latest meeting (open or closed): how the process and the Biên bản find it, from
     * {@code council_meeting.plan_id}, never from a variable.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Meeting> latestMeetingOf(Long planId) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM council_meeting WHERE plan_id = ? ORDER BY id DESC LIMIT 1",
                Long.class, planId);
        return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(meeting(ids.get(0)));
    }

    /** The plan's meeting under way; refused when none is open. */
    @Transactional(readOnly = true)
    public Meeting openMeetingOf(Long planId) {
        return latestMeetingOf(planId).filter(m -> !m.closed()).orElseThrow(() ->
                new InvalidInputException("meeting", "Hội đồng chưa mở cuộc họp xét khen thưởng cho kế hoạch này."));
    }

    /** The logins of the members recorded present, in the council's order. */
    @Transactional(readOnly = true)
    public List<String> presentLogins(Long meetingId) {
        Meeting m = meeting(meetingId);
        Set<Long> present = new HashSet<>(jdbc.queryForList(
                "SELECT person_id FROM council_attendance WHERE meeting_id = ? AND present", Long.class, meetingId));
        return members.findByAgencyIdOrderByPosition(m.agencyId()).stream()
                .filter(c -> present.contains(c.getPersonId()))
                .map(c -> people.findById(c.getPersonId()).map(Person::getUsername).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The ids of the proposals the meeting votes on (the round's submitted proposals). */
    @Transactional(readOnly = true)
    public Set<Long> candidates(Long meetingId) {
        return candidateIds(meeting(meetingId).planId());
    }

    /** A member of the ward's council as the secretary's form lists them. */
    public record Member(String login, String fullName, String councilRole) {
    }

    @Transactional(readOnly = true)
    public List<Member> members(Long agencyId) {
        return members.findByAgencyIdOrderByPosition(agencyId).stream().map(c -> {
            Person p = people.findById(c.getPersonId()).orElseThrow();
            return new Member(p.getUsername(), p.getFullName(), c.getCouncilRole());
        }).toList();
    }

    /** The secretary records who is present; every other member is absent. Replaces an earlier list. */
    @Transactional
    public void recordAttendance(Long meetingId, Collection<String> presentLogins, String secretary) {
        Meeting m = openMeeting(meetingId);
        Map<Long, CouncilMember> council = councilByPerson(m.agencyId());
        Set<Long> present = new HashSet<>();
        for (String login : presentLogins) {
            present.add(memberPerson(m, login, council).getId());
        }
        for (Long personId : council.keySet()) {
            jdbc.update("INSERT INTO council_attendance (meeting_id, person_id, present, recorded_by) VALUES (?,?,?,?)"
                    + " ON DUPLICATE KEY UPDATE present = VALUES(present), recorded_by = VALUES(recorded_by)",
                    meetingId, personId, present.contains(personId), secretary);
        }
    }

    /**
     * An absent member's written opinion, recorded by the secretary: the text for the biên bản and,
     * per candidate, agree or disagree. Not secret: it is a signed paper.
     */
    @Transactional
    public void recordWrittenOpinion(Long meetingId, String absentLogin, String opinion, Map<Long, Boolean> perCandidate,
            String secretary) {
        Meeting m = openMeeting(meetingId);
        Person person = memberPerson(m, absentLogin, councilByPerson(m.agencyId()));
        if (isPresent(meetingId, person.getId())) {
            throw new InvalidInputException("member", person.getFullName() + " có mặt tại cuộc họp: bỏ phiếu kín, không gửi ý kiến bằng văn bản.");
        }
        TextRules rules = new TextRules();
        String text = rules.text("opinion", "Ý kiến bằng văn bản", opinion, 2000, true);
        Set<Long> candidates = candidateIds(m.planId());
        perCandidate.keySet().stream().filter(id -> !candidates.contains(id))
                .forEach(id -> rules.problem("candidate", "Đề nghị số " + id + " không thuộc đợt khen thưởng này."));
        rules.throwIfAny();
        jdbc.update("INSERT INTO council_attendance (meeting_id, person_id, present, written_opinion, recorded_by)"
                + " VALUES (?,?,FALSE,?,?) ON DUPLICATE KEY UPDATE written_opinion = VALUES(written_opinion),"
                + " recorded_by = VALUES(recorded_by)", meetingId, person.getId(), text, secretary);
        perCandidate.forEach((proposalId, agree) -> jdbc.update("INSERT INTO council_written_vote (meeting_id, person_id,"
                + " proposal_id, agree) VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE agree = VALUES(agree)",
                meetingId, person.getId(), proposalId, agree));
    }

    /**
     * One secret ballot: the member, on their own login, agrees or disagrees with one candidate.
     * Refused: not on the council, not present, quorum not reached, a second ballot, meeting closed.
     */
    @Transactional
    public void castBallot(Long meetingId, String voterLogin, Long proposalId, boolean agree) {
        Meeting m = openMeeting(meetingId);
        Person voter = memberPerson(m, voterLogin, councilByPerson(m.agencyId()));
        if (!isPresent(meetingId, voter.getId())) {
            throw new InvalidInputException("ballot", voter.getFullName() + " không có tên trong danh sách có mặt: không thể bỏ phiếu.");
        }
        requireQuorum(m);
        if (!candidateIds(m.planId()).contains(proposalId)) {
            throw new InvalidInputException("ballot", "Đề nghị này không thuộc danh sách bỏ phiếu của cuộc họp.");
        }
        try {
            jdbc.update("INSERT INTO ballot_voter (meeting_id, proposal_id, person_id) VALUES (?,?,?)",
                    meetingId, proposalId, voter.getId());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("ballot", voter.getFullName() + " đã bỏ phiếu cho đề nghị này: mỗi thành viên chỉ bỏ một phiếu.");
        }
        jdbc.update("INSERT INTO ballot_box (meeting_id, proposal_id, agree_count, disagree_count) VALUES (?,?,?,?)"
                + " ON DUPLICATE KEY UPDATE agree_count = agree_count + VALUES(agree_count),"
                + " disagree_count = disagree_count + VALUES(disagree_count)",
                meetingId, proposalId, agree ? 1 : 0, agree ? 0 : 1);
    }

    /** Members present and what the meeting needs (quorum, award-session attendance). */
    public record Attendance(int councilSize, int present, int quorum, int sessionAttendance) {

        public int needed() {
            return Math.max(quorum, sessionAttendance);
        }

        public boolean sufficient() {
            return present >= needed();
        }
    }

    public Attendance attendance(Meeting m) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM council_attendance WHERE meeting_id = ? AND present",
                Integer.class, m.id());
        return new Attendance(m.councilSize(), present == null ? 0 : present, settings.quorumOf(m.councilSize()),
                settings.sessionAttendanceOf(m.councilSize()));
    }

    /** The Biên bản drafted for this meeting; null before it is drafted. */
    @Transactional(readOnly = true)
    public Long minutesDocumentOf(Long meetingId) {
        return jdbc.queryForObject("SELECT minutes_document_id FROM council_meeting WHERE id = ?", Long.class, meetingId);
    }

    /** Records which document is this meeting's Biên bản. */
    @Transactional
    public void linkMinutesDocument(Long meetingId, Long documentId) {
        jdbc.update("UPDATE council_meeting SET minutes_document_id = ? WHERE id = ?", documentId, meetingId);
    }

    /** How many members have cast their ballot at the meeting (who, never how). */
    @Transactional(readOnly = true)
    public int voterCount(Long meetingId) {
        Integer voters = jdbc.queryForObject("SELECT COUNT(DISTINCT person_id) FROM ballot_voter WHERE meeting_id = ?",
                Integer.class, meetingId);
        return voters == null ? 0 : voters;
    }

    /**
     * The secretary may end the voting before every member present has voted (a member left, or
     * will not vote): the members who did not vote count as not voting (neither agreeing nor
     * disagreeing). Refused while fewer members have voted than a valid meeting needs (the quorum
     * and the award session's attendance): a vote of fewer members is no decision of the council.
     */
    @Transactional(readOnly = true)
    public void requireEnoughVotersToEnd(Long meetingId) {
        Meeting m = openMeeting(meetingId);
        Attendance a = attendance(m);
        int voted = voterCount(meetingId);
        if (voted < a.needed()) {
            throw new InvalidInputException("comment", "Chưa thể kết thúc bỏ phiếu: mới có " + voted + "/" + a.present()
                    + " thành viên có mặt bỏ phiếu, cần ít nhất " + a.needed() + " thành viên bỏ phiếu để cuộc họp hợp lệ.");
        }
    }

    void requireQuorum(Meeting m) {
        Attendance a = attendance(m);
        if (!a.sufficient()) {
            throw new InvalidInputException("quorum", "Cuộc họp không đủ số thành viên: có mặt " + a.present() + "/"
                    + a.councilSize() + ", cần ít nhất " + a.needed() + " (túc số " + settings.quorum()
                    + ", phiên xét khen thưởng " + settings.sessionAttendancePercent() + "%).");
        }
    }

    Meeting openMeeting(Long meetingId) {
        Meeting m = meeting(meetingId);
        if (m.closed()) {
            throw new InvalidInputException("meeting", "Cuộc họp của Hội đồng đã kết thúc: không thể ghi thêm.");
        }
        return m;
    }

    void close(Long meetingId, String by) {
        jdbc.update("UPDATE council_meeting SET status = 'CLOSED', closed_at = ? WHERE id = ?", Timestamp.from(clock.instant()),
                meetingId);
    }

    Set<Long> candidateIds(Long planId) {
        return new HashSet<>(jdbc.queryForList("SELECT id FROM award_proposal WHERE plan_id = ? AND status = 'SUBMITTED'",
                Long.class, planId));
    }

    private boolean isPresent(Long meetingId, Long personId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM council_attendance WHERE meeting_id = ? AND person_id = ? AND present",
                Integer.class, meetingId, personId);
        return n != null && n > 0;
    }

    private Map<Long, CouncilMember> councilByPerson(Long agencyId) {
        Map<Long, CouncilMember> byPerson = new java.util.LinkedHashMap<>();
        members.findByAgencyIdOrderByPosition(agencyId).forEach(c -> byPerson.put(c.getPersonId(), c));
        return byPerson;
    }

    private Person memberPerson(Meeting m, String login, Map<Long, CouncilMember> council) {
        Person person = login == null ? null : people.findByUsername(login).orElse(null);
        if (person == null || !person.getAgencyId().equals(m.agencyId()) || !council.containsKey(person.getId())) {
            throw new InvalidInputException("member", (person == null ? login : person.getFullName())
                    + " không phải thành viên Hội đồng Thi đua - Khen thưởng của phường.");
        }
        return person;
    }

    AwardProposalRepository proposals() {
        return proposals;
    }
}
