package vn.thidua.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One unit's part of a plan: its process instance and its progress. */
@Entity
public class UnitCampaign {

    public enum Status { STARTED, LAUNCHED, REPORTED, PROPOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long unitId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.STARTED;
    private String processInstanceId;
    private boolean launchOverdue;
    private boolean reportOverdue;
    private Instant launchedAt;
    private Instant reportedAt;
    private Instant proposedAt;

    protected UnitCampaign() {
    }

    public UnitCampaign(Long planId, Long unitId) {
        this.planId = planId;
        this.unitId = unitId;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getUnitId() { return unitId; }
    public Status getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public boolean isLaunchOverdue() { return launchOverdue; }
    public boolean isReportOverdue() { return reportOverdue; }
    public Instant getLaunchedAt() { return launchedAt; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getProposedAt() { return proposedAt; }

    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public void markLaunchOverdue() { this.launchOverdue = true; }
    public void markReportOverdue() { this.reportOverdue = true; }

    public void launched(Instant at) {
        this.status = Status.LAUNCHED;
        this.launchedAt = at;
    }

    public void reported(Instant at) {
        this.status = Status.REPORTED;
        this.reportedAt = at;
    }

    public void proposed(Instant at) {
        this.status = Status.PROPOSED;
        this.proposedAt = at;
    }
}
