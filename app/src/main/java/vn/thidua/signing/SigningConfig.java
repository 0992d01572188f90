package vn.thidua.signing;

import java.nio.file.Path;

/**
 * Tunables of the signing library. {@link #defaults()} suits Decree 30 documents on A4.
 *
 * @param contentsReserveBytes room reserved in the PDF for a token's CMS container, which may carry
 *     a longer chain than ours, so this is generous (server keys reserve what their own container needs)
 * @param sealDiameterMm the agency seal is drawn at its real size (BRIEF §1.3); UBND xã seals are
 *     about 35 mm across
 * @param signerImageMaxWidthMm upper bound of the handwritten-signature image
 * @param signerImageMaxHeightMm upper bound of the handwritten-signature image
 * @param markFont TrueType font for the attachment mark (Times New Roman or the metric-compatible
 *     Liberation Serif), or null to look for Liberation Serif in the usual Debian place
 */
public record SigningConfig(int contentsReserveBytes, float sealDiameterMm, float signerImageMaxWidthMm,
        float signerImageMaxHeightMm, Path markFont) {

    public static SigningConfig defaults() {
        return new SigningConfig(24 * 1024, 35f, 50f, 25f, null);
    }

    public static float mmToPt(float mm) {
        return mm / 25.4f * 72f;
    }
}
