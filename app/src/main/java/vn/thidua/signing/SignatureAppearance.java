package vn.thidua.signing;

/** How a signature shows on the page (BRIEF §1.3). */
public sealed interface SignatureAppearance {

    /** No widget on the page. */
    record Invisible() implements SignatureAppearance {
    }

    /**
     * The signer's handwritten-signature image (blue PNG, transparent), centred between the title
     * line and the name of the signature block on the last page.
     *
     * @param title the line right above the signature space, e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
     * @param name the signer's name as printed under the space, e.g. "Phạm Minh Khang"
     */
    record SignerImage(byte[] png, String title, String name) implements SignatureAppearance {
    }

    /** The agency seal (red PNG, real size) over the left third of the signer's image. */
    record AgencySeal(byte[] png) implements SignatureAppearance {
    }

    /**
     * The mark of a separate-file attachment signed by the agency: số/ký hiệu and the signing time
     * (ISO 8601, +07:00), top right of page 1, Times 10 black, no image.
     */
    record AttachmentMark(String numberAndNotation) implements SignatureAppearance {
    }
}
