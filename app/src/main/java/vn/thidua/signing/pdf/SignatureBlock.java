package vn.thidua.signing.pdf;

/** The title line and the name line of a signature block, found on one page. */
public record SignatureBlock(int pageIndex, TextBox title, TextBox name) {

    /** Bottom of the free space, just above the name's tallest accent. */
    public float gapBottom() {
        return name.top();
    }

    /** Top of the free space, just below the title's marks. */
    public float gapTop() {
        return title.bottom();
    }
}
