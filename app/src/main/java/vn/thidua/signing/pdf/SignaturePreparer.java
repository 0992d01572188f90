package vn.thidua.signing.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.thidua.signing.CadesSignatureBuilder;
import vn.thidua.signing.PreparedSignature;
import vn.thidua.signing.SignatureAppearance;
import vn.thidua.signing.SignatureAppearance.AgencySeal;
import vn.thidua.signing.SignatureAppearance.AttachmentMark;
import vn.thidua.signing.SignatureAppearance.Invisible;
import vn.thidua.signing.SignatureAppearance.SignerImage;
import vn.thidua.signing.SigningConfig;
import vn.thidua.signing.SigningException;

/**
 * Phase one: adds the signature dictionary and widget as an incremental update with an empty
 * /Contents, and returns the bytes plus their digest. No DocMDP entry is written: a certifying
 * signature would forbid the agency signature that follows (Decree 30 wants both).
 */
public final class SignaturePreparer {

    private static final float MARK_FONT_SIZE = 10f;

    private final SigningConfig config;

    public SignaturePreparer(SigningConfig config) {
        this.config = config;
    }

    /**
     * @param contentsReserveBytes room for the CMS container; every reserved byte costs two in the
     *     file (hex), so a server key reserves what its container needs and a token the configured maximum
     */
    public PreparedSignature prepare(byte[] pdf, SignatureAppearance appearance, String reason,
            ZonedDateTime signingTime, X509Certificate signerCertificate, int contentsReserveBytes) {
        return prepare(pdf, appearance, reason, signingTime, signerCertificate, contentsReserveBytes, null);
    }

    /** Something added to the document in the signature's own revision, so the signature covers it. */
    @FunctionalInterface
    public interface RevisionAddition {
        void addTo(PDDocument doc) throws IOException;
    }

    /**
     * @param addition run on the loaded document before the signature is added (e.g. the register's
     *     number and date at issue); null for none
     */
    public PreparedSignature prepare(byte[] pdf, SignatureAppearance appearance, String reason,
            ZonedDateTime signingTime, X509Certificate signerCertificate, int contentsReserveBytes,
            RevisionAddition addition) {
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            if (addition != null) {
                addition.addTo(doc);
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(GregorianCalendar.from(signingTime));
            if (reason != null) {
                signature.setReason(reason);
            }
            if (signerCertificate != null) {
                signature.setName(CertificateNames.commonName(signerCertificate));
            }
            options.setPreferredSignatureSize(contentsReserveBytes);
            String fieldName = addVisual(doc, options, appearance, signingTime);
            doc.addSignature(signature, options);
            SignatureFields.rename(doc, signature, fieldName);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * contentsReserveBytes + 65536);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] digest;
            try (InputStream content = external.getContent()) {
                digest = sha256(content);
            }
            external.setSignature(new byte[0]); // writes the file with /Contents left zero-filled
            long[] byteRange = toLongs(signature.getByteRange());
            byte[] certificateHash = signerCertificate == null ? null
                    : CadesSignatureBuilder.sha256(signerCertificate.getEncoded());
            return new PreparedSignature(null, out.toByteArray(), byteRange, digest,
                    signingTime.toOffsetDateTime(), certificateHash);
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new SigningException("Không chuẩn bị được chữ ký / cannot prepare the signature: " + e.getMessage(), e);
        }
    }

    /** @return the field name for the new signature, by role */
    private String addVisual(PDDocument doc, SignatureOptions options, SignatureAppearance appearance,
            ZonedDateTime signingTime) throws IOException {
        if (appearance instanceof Invisible) {
            return SignatureFields.nextName(doc, SignatureFields.INVISIBLE_PREFIX);
        }
        Placement placement;
        String fieldName;
        VisibleSignatureTemplate.Painter painter;
        if (appearance instanceof SignerImage signer) {
            BufferedImage image = readPng(signer.png());
            SignatureBlock block = SignatureBlockLocator.lastInDocument(doc, signer.title(), signer.name());
            placement = SignaturePlacements.signerImage(block, image.getWidth(), image.getHeight(), config);
            fieldName = SignatureFields.nextName(doc, SignatureFields.SIGNER_PREFIX);
            painter = VisibleSignatureTemplate.image(image);
        } else if (appearance instanceof AgencySeal seal) {
            BufferedImage image = readPng(seal.png());
            Placement signer = SignatureFields.signerWidget(doc);
            placement = SignaturePlacements.sealOver(signer, doc.getPage(signer.pageIndex()).getMediaBox(), config);
            fieldName = SignatureFields.nextName(doc, SignatureFields.SEAL_PREFIX);
            painter = VisibleSignatureTemplate.image(image);
        } else if (appearance instanceof AttachmentMark mark) {
            List<String> lines = List.of(mark.numberAndNotation(),
                    signingTime.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            float height = lines.size() * MARK_FONT_SIZE * 1.15f + 2;
            placement = SignaturePlacements.attachmentMark(doc.getPage(0).getMediaBox(), 200f, height);
            fieldName = SignatureFields.nextName(doc, SignatureFields.MARK_PREFIX);
            painter = VisibleSignatureTemplate.rightAlignedText(lines, new MarkFont(config.markFont()), MARK_FONT_SIZE);
        } else {
            throw new IllegalArgumentException("unknown appearance " + appearance);
        }
        PDPage page = doc.getPage(placement.pageIndex());
        if (page.getRotation() != 0) {
            throw new SigningException("Trang xoay " + page.getRotation() + "° chưa được hỗ trợ / rotated pages are not supported");
        }
        byte[] template = VisibleSignatureTemplate.build(page, placement.rectangle(), fieldName, painter);
        options.setVisualSignature(new ByteArrayInputStream(template));
        options.setPage(placement.pageIndex());
        return fieldName;
    }

    private static BufferedImage readPng(byte[] png) throws IOException {
        BufferedImage image = png == null ? null : ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new SigningException("Ảnh chữ ký/con dấu không phải PNG hợp lệ / signature image is not a readable PNG");
        }
        return image;
    }

    private static long[] toLongs(int[] byteRange) {
        long[] result = new long[byteRange.length];
        for (int i = 0; i < byteRange.length; i++) {
            result[i] = byteRange[i];
        }
        return result;
    }

    private static byte[] sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
