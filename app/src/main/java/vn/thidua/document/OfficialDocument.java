package vn.thidua.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document the lifecycle produced. Drafts may be re-rendered; once ISSUED its number, date,
 * bytes and SHA-256 never change (the register and verification rely on that).
 */
@Entity
public class OfficialDocument {

    public enum Status { DRAFT, ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long planId;
    private String kind;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    private String title;
    private String sequenceKey;
    private Integer number;
    private String notation;
    private Integer year;
    private LocalDate issuedOn;
    private String issuedBy;
    private Instant issuedAt;
    private String signerName;
    private String recipients;
    private Long recipientUnitId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] pdf;
    private String sha256;
    private Instant createdAt;

    protected OfficialDocument() {
    }

    public OfficialDocument(Long agencyId, Long planId, String kind, String title, Instant createdAt) {
        this.agencyId = agencyId;
        this.planId = planId;
        this.kind = kind;
        this.title = title;
        this.createdAt = createdAt;
    }

    void replaceDraft(byte[] pdf, String sha256) {
        if (status == Status.ISSUED) {
            throw new IllegalStateException("Văn bản số " + numberAndNotation() + " đã phát hành, không thể thay đổi.");
        }
        this.pdf = pdf;
        this.sha256 = sha256;
    }

    void issue(String sequenceKey, int number, String notation, LocalDate issuedOn, String issuedBy, Instant at,
            byte[] pdf, String sha256) {
        if (status == Status.ISSUED) {
            throw new IllegalStateException("Văn bản số " + numberAndNotation() + " đã được phát hành.");
        }
        this.status = Status.ISSUED;
        this.sequenceKey = sequenceKey;
        this.number = number;
        this.notation = notation;
        this.year = issuedOn.getYear();
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.issuedAt = at;
        this.pdf = pdf;
        this.sha256 = sha256;
    }

    /**
     * For the register: who signs and where it goes ("Nơi nhận" without the file copy line), fixed
     * when the document is issued.
     */
    public void route(String signerName, String recipients) {
        if (status == Status.ISSUED) {
            throw new IllegalStateException("Văn bản số " + numberAndNotation() + " đã phát hành, không thể thay đổi.");
        }
        this.signerName = signerName;
        this.recipients = recipients;
    }

    public void addressTo(Long unitId) {
        this.recipientUnitId = unitId;
    }

    /** "05/KH-UBND": NĐ 30 wants a leading zero below 10. */
    public String numberAndNotation() {
        return number == null ? null : String.format("%02d/%s", number, notation);
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getPlanId() { return planId; }
    public String getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getTitle() { return title; }
    public String getSequenceKey() { return sequenceKey; }
    public Integer getNumber() { return number; }
    public String getNotation() { return notation; }
    public Integer getYear() { return year; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getSignerName() { return signerName; }
    public String getRecipients() { return recipients; }
    public Long getRecipientUnitId() { return recipientUnitId; }
    public byte[] getPdf() { return pdf; }
    public String getSha256() { return sha256; }
    public Instant getCreatedAt() { return createdAt; }
}
