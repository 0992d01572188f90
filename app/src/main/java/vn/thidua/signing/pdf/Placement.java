package vn.thidua.signing.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where a signature widget goes: a page (0-based) and a rectangle in that page's user space. */
public record Placement(int pageIndex, PDRectangle rectangle) {
}
