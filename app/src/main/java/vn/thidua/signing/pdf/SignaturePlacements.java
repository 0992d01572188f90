package vn.thidua.signing.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.thidua.signing.SigningConfig;
import vn.thidua.signing.SigningException;

/** The geometry of BRIEF §1.3: signer's image in the block, seal over its left third, attachment mark. */
public final class SignaturePlacements {

    /** Keep clear of the title's and the name's glyphs. */
    private static final float CLEARANCE_PT = 2f;
    /** Below this the image would be an unreadable scribble: the block is wrong, not the image. */
    private static final float MIN_IMAGE_HEIGHT_PT = 18f;

    private SignaturePlacements() {
    }

    /**
     * The largest rectangle with the image's proportions that fits the configured maximum and the
     * free space, centred on the title horizontally and in the free space vertically.
     */
    public static Placement signerImage(SignatureBlock block, int imageWidthPx, int imageHeightPx, SigningConfig config) {
        float top = block.gapTop() - CLEARANCE_PT;
        float bottom = block.gapBottom() + CLEARANCE_PT;
        float maxHeight = Math.min(top - bottom, SigningConfig.mmToPt(config.signerImageMaxHeightMm()));
        float maxWidth = SigningConfig.mmToPt(config.signerImageMaxWidthMm());
        float scale = Math.min(maxWidth / imageWidthPx, maxHeight / imageHeightPx);
        float width = imageWidthPx * scale;
        float height = imageHeightPx * scale;
        if (height < MIN_IMAGE_HEIGHT_PT) {
            throw new SigningException(String.format("Khoảng trống giữa chức vụ và họ tên quá nhỏ (%.0f pt) để đặt"
                    + " chữ ký / too little space between title and name: %.0f pt", top - bottom, top - bottom));
        }
        float centreX = block.title().centreX();
        float centreY = (top + bottom) / 2;
        return new Placement(block.pageIndex(),
                new PDRectangle(centreX - width / 2, centreY - height / 2, width, height));
    }

    /**
     * The seal at real size, its right edge one third into the signer's image, vertically centred on
     * it: it covers the left third of the signature as the stamp does on paper.
     */
    public static Placement sealOver(Placement signer, PDRectangle page, SigningConfig config) {
        PDRectangle image = signer.rectangle();
        float diameter = SigningConfig.mmToPt(config.sealDiameterMm());
        float right = image.getLowerLeftX() + image.getWidth() / 3;
        float left = Math.max(page.getLowerLeftX(), right - diameter);
        float centreY = image.getLowerLeftY() + image.getHeight() / 2;
        return new Placement(signer.pageIndex(), new PDRectangle(left, centreY - diameter / 2, diameter, diameter));
    }

    /** Top right of page 1, inside the top margin (Decree 30 keeps 20-25 mm free there). */
    public static Placement attachmentMark(PDRectangle firstPage, float width, float height) {
        float right = firstPage.getUpperRightX() - SigningConfig.mmToPt(15);
        float top = firstPage.getUpperRightY() - SigningConfig.mmToPt(8);
        return new Placement(0, new PDRectangle(right - width, top - height, width, height));
    }
}
