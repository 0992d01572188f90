package vn.thidua.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A reviewer's decision on a plan or one of its documents, with the comment the drafter sees. */
@Entity
public class PlanReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String stage;
    private String decision;
    private String comment;
    private String reviewer;
    private Instant reviewedAt;

    protected PlanReview() {
    }

    public PlanReview(Long planId, String stage, String decision, String comment, String reviewer, Instant reviewedAt) {
        this.planId = planId;
        this.stage = stage;
        this.decision = decision;
        this.comment = comment;
        this.reviewer = reviewer;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getStage() { return stage; }
    public String getDecision() { return decision; }
    public String getComment() { return comment; }
    public String getReviewer() { return reviewer; }
    public Instant getReviewedAt() { return reviewedAt; }
}
