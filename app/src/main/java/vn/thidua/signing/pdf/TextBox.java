package vn.thidua.signing.pdf;

/**
 * A run of text found on a page, in PDF user space (origin bottom left, y up).
 *
 * @param baseline y of the baseline
 * @param fontSize in points; glyph extents above and below the baseline are estimated from it
 *     because PDFBox's glyph heights are unreliable for accented capitals
 */
public record TextBox(String text, float left, float right, float baseline, float fontSize) {

    /** Top of the highest Vietnamese capital with a mark above (Ủ, Ố): about 0.95 em. */
    public float top() {
        return baseline + 0.95f * fontSize;
    }

    /** Bottom of a mark below (Ị, ạ) or a descender: about 0.25 em. */
    public float bottom() {
        return baseline - 0.25f * fontSize;
    }

    public float centreX() {
        return (left + right) / 2;
    }

    public float width() {
        return right - left;
    }
}
