package vn.thidua.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.signing.SignatureAppearance.AgencySeal;
import vn.thidua.signing.SignatureAppearance.AttachmentMark;
import vn.thidua.signing.SignatureAppearance.SignerImage;
import vn.thidua.signing.key.SigningKey;
import vn.thidua.signing.pdf.SignatureEmbedder;
import vn.thidua.signing.pdf.RegistrationStamps;
import vn.thidua.signing.pdf.SignaturePreparer;

/**
 * Signs PDFs as PAdES-B-B, each signature an incremental update. A server-held key goes through
 * the same two phases as a USB token (prepare, sign the digest, embed), so the token path is not
 * a second, less tested implementation.
 */
@Service
public class PdfSigner {

    private final SigningConfig config;
    private final SignaturePreparer preparer;
    private final Clock clock;

    @Autowired
    public PdfSigner(SigningConfig config) {
        this(config, Clock.system(VietnameseDates.VIETNAM));
    }

    public PdfSigner(SigningConfig config, Clock clock) {
        this.config = config;
        this.preparer = new SignaturePreparer(config);
        this.clock = clock;
    }

    /** The competent person's signature with their handwritten image in the signature block. */
    public byte[] signAsSigner(byte[] pdf, SigningKey key, byte[] signaturePng, String title, String name) {
        return sign(pdf, key, new SignerImage(signaturePng, title, name), "Ký ban hành văn bản");
    }

    /** The clerk's agency signature, the seal over the left third of the signer's image. */
    public byte[] signAsAgency(byte[] pdf, SigningKey agencyKey, byte[] sealPng) {
        return sign(pdf, agencyKey, new AgencySeal(sealPng), "Văn thư ký số của cơ quan, tổ chức");
    }

    /**
     * The clerk's agency signature at issue: seal over the signer's image, and the register's number
     * and date written over the blanks of page 1, all in one revision that this signature covers.
     */
    public byte[] signAsAgency(byte[] pdf, SigningKey agencyKey, byte[] sealPng, Registration registration) {
        PreparedSignature prepared = preparer.prepare(pdf, new AgencySeal(sealPng), "Văn thư cấp số, ký số của cơ quan, tổ chức",
                now(), agencyKey.certificate(), containerSizeFor(agencyKey),
                doc -> RegistrationStamps.add(doc, registration));
        return complete(prepared, CadesSignatureBuilder.build(prepared.documentDigest(), agencyKey));
    }

    /** A separate-file attachment: agency signature, marked with số/ký hiệu and time on page 1. */
    public byte[] signAttachment(byte[] pdf, SigningKey agencyKey, String numberAndNotation) {
        return sign(pdf, agencyKey, new AttachmentMark(numberAndNotation), "Văn thư ký số phụ lục kèm theo văn bản");
    }

    public byte[] sign(byte[] pdf, SigningKey key, SignatureAppearance appearance, String reason) {
        PreparedSignature prepared = preparer.prepare(pdf, appearance, reason, now(), key.certificate(),
                containerSizeFor(key));
        byte[] cms = CadesSignatureBuilder.build(prepared.documentDigest(), key);
        return complete(prepared, cms);
    }

    /**
     * Phase one for a key outside the server. Persist the result (it is plain bytes) and send
     * {@link PreparedSignature#documentDigest()} to the token.
     *
     * @param signerCertificate the token's certificate if known: it names the signature and
     *     {@link #complete} then refuses a container from any other certificate; may be null
     */
    public PreparedSignature prepare(byte[] pdf, X509Certificate signerCertificate, SignatureAppearance appearance,
            String reason) {
        return preparer.prepare(pdf, appearance, reason, now(), signerCertificate, config.contentsReserveBytes());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(VietnameseDates.VIETNAM);
    }

    /** Our container is the chain plus about 1 KB (signature value, attributes, structure): allow 4 KB. */
    private static int containerSizeFor(SigningKey key) {
        int size = 4096;
        for (X509Certificate cert : key.chain()) {
            try {
                size += cert.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new SigningException("Chứng thư không đọc được / unreadable certificate", e);
            }
        }
        return size;
    }

    /**
     * Phase two: embeds the token's detached CMS container (message-digest = the prepared digest).
     *
     * @return the signed PDF
     */
    public byte[] complete(PreparedSignature prepared, byte[] cmsContainer) {
        return SignatureEmbedder.embed(prepared, cmsContainer);
    }
}
