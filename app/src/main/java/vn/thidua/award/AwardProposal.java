package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An individual, collective or household a unit proposes for an award in a round (one per plan),
 * with its dossier, the rule result, and the council's vote on it.
 */
@Entity
public class AwardProposal {

    public enum CandidateKind {
        INDIVIDUAL("Cá nhân"), COLLECTIVE("Tập thể"), HOUSEHOLD("Hộ gia đình");

        private final String label;

        CandidateKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A draft is what the unit head saved and the unit has not yet sent: only the unit sees it,
     * it becomes submitted when the unit's own proposal task completes. A returned proposal waits
     * for the unit's correction (corrected, it is a draft again until the unit sends it); a
     * withdrawn one is kept, not voted on.
     */
    public enum Status { DRAFT, SUBMITTED, RETURNED, WITHDRAWN }

    public enum CouncilResult { APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long campaignId;
    private int position;
    @Enumerated(EnumType.STRING)
    private CandidateKind candidateKind;
    private String candidateName;
    private String candidateTitle;
    @Enumerated(EnumType.STRING)
    private AwardType awardType;
    private String achievement;
    private String proposedBy;
    private Instant proposedAt;
    private Integer votesFor;
    private Integer votesAgainst;
    @Enumerated(EnumType.STRING)
    private CouncilResult councilResult;
    private Integer goldBookNo;
    private Long unitId;
    private Long personId;
    private String candidateKey;
    private String gender;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    private String returnComment;
    private String completionLevel;
    private boolean recognisedInitiative;
    private String disciplineLevel;
    private boolean underInspection;
    private boolean pendingComplaint;
    private Integer memberCount;
    private Integer ldttCount;
    private Integer womenCount;
    private Integer disciplinedMembers;
    private Integer unitVoteAgree;
    private Integer unitVoteTotal;
    private String justification;
    private Boolean ruleEligible;
    private String ruleReasons;
    private String ruleDecision;
    private Boolean ruleLdttSameYear;
    private String councilNote;
    private Instant updatedAt;
    private Instant submittedAt;

    protected AwardProposal() {
    }

    public AwardProposal(Long planId, Long campaignId, int position, CandidateKind kind, String name, String title,
            AwardType awardType, String achievement, String proposedBy, Instant proposedAt) {
        this.planId = planId;
        this.campaignId = campaignId;
        this.position = position;
        this.candidateKind = kind;
        this.candidateName = name;
        this.candidateTitle = title;
        this.awardType = awardType;
        this.achievement = achievement;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.candidateKey = CandidateKey.of(name);
    }

    /**
     * The unit's candidate and dossier, as saved or corrected. A draft or a corrected returned
     * proposal is a draft until the unit sends it ({@link #submit}); a proposal the unit has sent is
     * corrected only once the specialist returns it (ProposalService refuses the rest).
     */
    public void describe(Long unitId, Long personId, CandidateKind kind, String name, String title, String gender,
            AwardType awardType, String achievement, Dossier dossier, String justification, Instant at) {
        this.unitId = unitId;
        this.personId = personId;
        this.candidateKind = kind;
        this.candidateName = name;
        this.candidateKey = CandidateKey.of(name);
        this.candidateTitle = title;
        this.gender = gender;
        this.awardType = awardType;
        this.achievement = achievement;
        this.completionLevel = dossier.completionLevel();
        this.recognisedInitiative = dossier.recognisedInitiative();
        this.disciplineLevel = dossier.disciplineLevel();
        this.underInspection = dossier.underInspection();
        this.pendingComplaint = dossier.pendingComplaint();
        this.memberCount = dossier.memberCount();
        this.ldttCount = dossier.ldttCount();
        this.womenCount = dossier.womenCount();
        this.disciplinedMembers = dossier.disciplinedMembers();
        this.unitVoteAgree = dossier.unitVoteAgree();
        this.unitVoteTotal = dossier.unitVoteTotal();
        this.justification = justification;
        if (status != Status.SUBMITTED) {
            this.status = Status.DRAFT;
        }
        this.ruleEligible = null;
        this.ruleReasons = null;
        this.ruleDecision = null;
        this.ruleLdttSameYear = null;
        this.updatedAt = at;
    }

    /** The unit sent its proposals (its task completed): a draft goes to the specialist. */
    public boolean submit(Instant at) {
        if (status != Status.DRAFT) {
            return false;
        }
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
        this.updatedAt = at;
        return true;
    }

    /** Corrected after the specialist returned it, and not yet sent again by the unit. */
    public boolean awaitsResubmission() {
        return status == Status.RETURNED || (status == Status.DRAFT && returnComment != null);
    }

    public void returnToUnit(String comment, Instant at) {
        this.status = Status.RETURNED;
        this.returnComment = comment;
        this.updatedAt = at;
    }

    public void withdraw(Instant at) {
        this.status = Status.WITHDRAWN;
        this.updatedAt = at;
    }

    /**
     * The rules' result as evaluated: the reasons (one per line), the deployed decision definition
     * that gave them and the computed "LĐTT in the same year" input they were given.
     */
    public void ruleResult(boolean eligible, String reasons, String decision, boolean ldttSameYear) {
        this.ruleEligible = eligible;
        this.ruleReasons = reasons;
        this.ruleDecision = decision;
        this.ruleLdttSameYear = ldttSameYear;
    }

    public Dossier dossier() {
        return new Dossier(completionLevel, recognisedInitiative, disciplineLevel, underInspection, pendingComplaint,
                memberCount, ldttCount, womenCount, disciplinedMembers, unitVoteAgree, unitVoteTotal);
    }

    /** Preferred on a tie (NĐ 152 Điều 4): a woman, or a collective with at least 70% women. */
    public boolean tiePreferred() {
        return candidateKind == CandidateKind.INDIVIDUAL ? "Nữ".equals(gender) : dossier().mostlyWomen();
    }

    public void vote(int votesFor, int votesAgainst, CouncilResult result) {
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.councilResult = result;
    }

    /** The council's result with the reason an official reads (tie preference, cap, rules). */
    public void councilResult(int votesFor, int votesAgainst, CouncilResult result, String note) {
        vote(votesFor, votesAgainst, result);
        this.councilNote = note;
        this.goldBookNo = null;
    }

    public void numberInGoldBook(int number) {
        this.goldBookNo = number;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getCampaignId() { return campaignId; }
    public int getPosition() { return position; }
    public CandidateKind getCandidateKind() { return candidateKind; }
    public String getCandidateName() { return candidateName; }
    public String getCandidateTitle() { return candidateTitle; }
    public AwardType getAwardType() { return awardType; }
    public String getAchievement() { return achievement; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public Integer getVotesFor() { return votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public CouncilResult getCouncilResult() { return councilResult; }
    public Integer getGoldBookNo() { return goldBookNo; }
    public Long getUnitId() { return unitId; }
    public Long getPersonId() { return personId; }
    public String getCandidateKey() { return candidateKey; }
    public String getGender() { return gender; }
    public Status getStatus() { return status; }
    public String getReturnComment() { return returnComment; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getJustification() { return justification; }
    public Boolean getRuleEligible() { return ruleEligible; }
    public String getRuleReasons() { return ruleReasons; }
    public String getRuleDecision() { return ruleDecision; }
    public Boolean getRuleLdttSameYear() { return ruleLdttSameYear; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getCouncilNote() { return councilNote; }
}
