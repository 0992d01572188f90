package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The award round of one plan: units propose until the deadline and until the council meets;
 * duplicates, rules and the council's vote are all per round.
 */
@Entity
public class AwardRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long agencyId;
    private int year;
    private LocalDate proposalDeadline;
    private Instant councilMetAt;
    private Instant sentToCouncilAt;

    protected AwardRound() {
    }

    public AwardRound(Long planId, Long agencyId, int year, LocalDate proposalDeadline) {
        this.planId = planId;
        this.agencyId = agencyId;
        this.year = year;
        this.proposalDeadline = proposalDeadline;
    }

    public void councilMet(Instant at) {
        if (councilMetAt == null) {
            councilMetAt = at;
        }
    }

    public void sentToCouncil(Instant at) {
        if (sentToCouncilAt == null) {
            sentToCouncilAt = at;
        }
    }

    public void moveDeadline(LocalDate deadline) {
        this.proposalDeadline = deadline;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getAgencyId() { return agencyId; }
    public int getYear() { return year; }
    public LocalDate getProposalDeadline() { return proposalDeadline; }
    public Instant getCouncilMetAt() { return councilMetAt; }
    public Instant getSentToCouncilAt() { return sentToCouncilAt; }
}
