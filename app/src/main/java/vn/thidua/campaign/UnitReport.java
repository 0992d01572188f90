package vn.thidua.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A unit's launch, interim or final report; resubmissions add versions, never overwrite. */
@Entity
public class UnitReport {

    public enum Kind { LAUNCH, INTERIM, FINAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private int version;
    private boolean currentVersion = true;
    private String submittedBy;
    private Instant submittedAt;
    private LocalDate launchedOn;
    private String launchForm;
    private Integer participants;
    private String unitTheme;
    private String examples;
    private String difficulties;
    private String proposals;
    @ElementCollection
    @CollectionTable(name = "unit_report_value", joinColumns = @JoinColumn(name = "report_id"))
    private List<UnitReportValue> values = new ArrayList<>();

    protected UnitReport() {
    }

    public UnitReport(Long campaignId, Kind kind, int version, String submittedBy, Instant submittedAt) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.version = version;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void launch(LocalDate on, String form, Integer participants, String theme) {
        this.launchedOn = on;
        this.launchForm = form;
        this.participants = participants;
        this.unitTheme = theme;
    }

    public void narrative(String examples, String difficulties, String proposals) {
        this.examples = examples;
        this.difficulties = difficulties;
        this.proposals = proposals;
    }

    public void supersede() {
        this.currentVersion = false;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Kind getKind() { return kind; }
    public int getVersion() { return version; }
    public boolean isCurrentVersion() { return currentVersion; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getLaunchedOn() { return launchedOn; }
    public String getLaunchForm() { return launchForm; }
    public Integer getParticipants() { return participants; }
    public String getUnitTheme() { return unitTheme; }
    public String getExamples() { return examples; }
    public String getDifficulties() { return difficulties; }
    public String getProposals() { return proposals; }
    public List<UnitReportValue> getValues() { return values; }
}
