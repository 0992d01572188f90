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
import vn.thidua.common.validation.ConflictException;

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
    private String signerUsername;
    private String signerAuthority;
    private String signerTitle;
    // signerName (above) is the name printed in the block: the register's "người ký" too.
    private String delegatedBy;
    private String signedBy;
    private Instant signedAt;
    // A document two people sign (the council's Biên bản: the secretary, then the chair).
    private String firstSignerUsername;
    private String firstSignerTitle;
    private String firstSignerName;
    private String firstSignedBy;
    private Instant firstSignedAt;

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
            throw new ConflictException("Văn bản số " + numberAndNotation() + " đã phát hành, không thể thay đổi.");
        }
        this.pdf = pdf;
        this.sha256 = sha256;
        // New content: whatever was signed before is not this document any more.
        this.signedBy = null;
        this.signedAt = null;
        this.firstSignedBy = null;
        this.firstSignedAt = null;
    }

    /**
     * Who signs before the signer (the council's secretary before its chair): the signer's turn
     * comes only once this person's signature is in the bytes.
     */
    void assignFirstSigner(DocumentSigner first) {
        requireUnsignedDraft();
        if (firstSignedBy != null) {
            throw new ConflictException("Văn bản đã được " + firstSignedBy + " ký số, không thể giao ký lại.");
        }
        this.firstSignerUsername = first.username();
        this.firstSignerTitle = first.title();
        this.firstSignerName = first.name();
    }

    /** The first signer's signature is in the bytes; the signer's comes next. */
    void firstSigned(String user, Instant at, byte[] signedPdf, String signedSha256) {
        requireUnsignedDraft();
        this.pdf = signedPdf;
        this.sha256 = signedSha256;
        this.firstSignedBy = user;
        this.firstSignedAt = at;
    }

    /** The first signer, while that signature is still missing; else null. */
    public DocumentSigner awaitedFirstSigner() {
        return firstSignerTitle == null || firstSignedBy != null ? null
                : new DocumentSigner(firstSignerUsername, null, firstSignerTitle, firstSignerName);
    }

    /** Whose signature the document awaits now: the first signer's, then the signer's; null once signed. */
    public DocumentSigner awaitedSigner() {
        if (signedBy != null) {
            return null;
        }
        DocumentSigner first = awaitedFirstSigner();
        return first != null ? first : signer();
    }

    /** Who is to sign the draft and how the signature block reads (it is rendered from this). */
    void assignSigner(DocumentSigner signer, String delegatedBy) {
        requireUnsignedDraft();
        this.signerUsername = signer.username();
        this.signerAuthority = signer.authority();
        this.signerTitle = signer.title();
        this.signerName = signer.name();
        this.delegatedBy = delegatedBy;
    }

    /** The signer's PAdES signature is now in the bytes; nothing but the clerk's issue may follow. */
    void signed(String user, Instant at, byte[] signedPdf, String signedSha256) {
        requireUnsignedDraft();
        this.pdf = signedPdf;
        this.sha256 = signedSha256;
        this.signedBy = user;
        this.signedAt = at;
    }

    /**
     * An issued certificate whose signer holds only a USB token: it was issued unsigned with the
     * decision (it carries the decision's number and date, so it cannot be made earlier), and the
     * token's signature and the agency's seal come later, together.
     */
    void signedAfterIssue(String user, Instant at, byte[] signedAndSealedPdf, String sha256) {
        if (status != Status.ISSUED) {
            throw new ConflictException("Chỉ giấy khen đã ban hành mới được ký số sau khi ban hành.");
        }
        if (signedBy != null) {
            throw new ConflictException("Giấy khen đã được " + signedBy + " ký số, không ký lại được.");
        }
        this.pdf = signedAndSealedPdf;
        this.sha256 = sha256;
        this.signedBy = user;
        this.signedAt = at;
    }

    private void requireUnsignedDraft() {
        if (status == Status.ISSUED) {
            throw new ConflictException("Văn bản số " + numberAndNotation() + " đã phát hành, không thể thay đổi.");
        }
        if (signedBy != null) {
            throw new ConflictException("Văn bản đã được " + signedBy + " ký số, không thể ký hoặc giao ký lại.");
        }
    }

    public boolean isSigned() {
        return signedBy != null;
    }

    /** The signer as rendered in the block; null while no signer has been assigned. */
    public DocumentSigner signer() {
        return signerTitle == null ? null : new DocumentSigner(signerUsername, signerAuthority, signerTitle, signerName);
    }

    void issue(String sequenceKey, int number, String notation, LocalDate issuedOn, String issuedBy, Instant at,
            byte[] pdf, String sha256) {
        if (status == Status.ISSUED) {
            throw new ConflictException("Văn bản số " + numberAndNotation() + " đã được phát hành.");
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
            throw new ConflictException("Văn bản số " + numberAndNotation() + " đã phát hành, không thể thay đổi.");
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
    public String getDelegatedBy() { return delegatedBy; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public String getFirstSignerUsername() { return firstSignerUsername; }
    public String getFirstSignedBy() { return firstSignedBy; }
    public Instant getFirstSignedAt() { return firstSignedAt; }
}
