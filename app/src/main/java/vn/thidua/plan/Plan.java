package vn.thidua.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A Kế hoạch phát động đợt thi đua of one agency, from draft to the signed award decision. */
@Entity
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;
    private String title;
    private String theme;
    private int year;
    private LocalDate launchDeadline;
    private LocalDate reportDeadline;
    /** Optional: units send an interim (sơ kết) report by this date. */
    private LocalDate interimDeadline;
    private LocalDate campaignEnd;
    private String signerAuthority;
    private String signerTitle;
    private String signerName;
    private String createdBy;
    private Instant createdAt;
    private String processInstanceId;
    private Long documentId;
    // Progress counters change only through PlanRepository's atomic UPDATEs, never by a flush of
    // this entity, which would write back a stale value read before another unit's report.
    @Column(updatable = false)
    private int unitsTotal;
    @Column(updatable = false)
    private int unitsFinalPending;
    @Column(updatable = false)
    private int proposalsPending;
    private String consolidationNote;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "plan_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanBasis> basis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_section", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanTarget> targets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_addressee", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "unit_id")
    private Set<Long> addresseeUnitIds = new LinkedHashSet<>();

    protected Plan() {
    }

    public Plan(Long agencyId, String title, int year, LocalDate launchDeadline, LocalDate reportDeadline,
            String createdBy, Instant createdAt) {
        this.agencyId = agencyId;
        this.title = title;
        this.year = campaignYear(title, year);
        this.launchDeadline = launchDeadline;
        this.reportDeadline = reportDeadline;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.signerAuthority = "TM. ỦY BAN NHÂN DÂN";
        this.signerTitle = "CHỦ TỊCH";
    }

    public void addTarget(PlanTarget target) {
        target.attach(this, targets.size());
        targets.add(target);
    }

    public void describe(String title, String theme, LocalDate launchDeadline, LocalDate reportDeadline, LocalDate campaignEnd) {
        this.title = title;
        this.year = campaignYear(title, year);
        this.theme = theme;
        this.launchDeadline = launchDeadline;
        this.reportDeadline = reportDeadline;
        this.campaignEnd = campaignEnd;
    }

    /**
     * The campaign's year is the one the plan names ("… năm 2025 …" in its trích yếu), not a
     * deadline's: a 2025 campaign's report may be due in January 2026. Without one, {@code fallback}.
     */
    static int campaignYear(String title, int fallback) {
        if (title != null) {
            java.util.regex.Matcher m = YEAR_IN_TITLE.matcher(java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return fallback;
    }

    private static final java.util.regex.Pattern YEAR_IN_TITLE = java.util.regex.Pattern.compile("\\bnăm (\\d{4})\\b");

    public void signBy(String authority, String title, String name) {
        this.signerAuthority = authority;
        this.signerTitle = title;
        this.signerName = name;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public PlanStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getTheme() { return theme; }
    public int getYear() { return year; }
    public LocalDate getLaunchDeadline() { return launchDeadline; }
    public LocalDate getReportDeadline() { return reportDeadline; }
    public LocalDate getInterimDeadline() { return interimDeadline; }
    public LocalDate getCampaignEnd() { return campaignEnd; }
    public String getSignerAuthority() { return signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public String getSignerName() { return signerName; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getDocumentId() { return documentId; }
    public int getUnitsTotal() { return unitsTotal; }
    public int getUnitsFinalPending() { return unitsFinalPending; }
    public int getProposalsPending() { return proposalsPending; }
    public String getConsolidationNote() { return consolidationNote; }
    public List<PlanBasis> getBasis() { return basis; }
    public List<PlanSection> getSections() { return sections; }
    public List<PlanTarget> getTargets() { return targets; }
    public List<String> getRecipients() { return recipients; }
    public Set<Long> getAddresseeUnitIds() { return addresseeUnitIds; }

    public void setStatus(PlanStatus status) { this.status = status; }
    public void setInterimDeadline(LocalDate interimDeadline) { this.interimDeadline = interimDeadline; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
    public void setConsolidationNote(String consolidationNote) { this.consolidationNote = consolidationNote; }
}
