package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A collective or individual a unit proposes for an award, and the council's vote on it. */
@Entity
public class AwardProposal {

    public enum CandidateKind { INDIVIDUAL, COLLECTIVE }

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
    }

    public void vote(int votesFor, int votesAgainst, CouncilResult result) {
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.councilResult = result;
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
}
