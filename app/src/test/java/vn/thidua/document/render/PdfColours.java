package vn.thidua.document.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Which text a PDF draws in which colour: the text stripper, taught the colour operators. */
final class PdfColours {

    private PdfColours() {
    }

    /** The text drawn in red (the templates' #C00000), without spaces, in drawing order. */
    static String redText(byte[] bytes) {
        StringBuilder red = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    addOperator(new SetNonStrokingColorSpace(this));
                    addOperator(new SetNonStrokingColor(this));
                    addOperator(new SetNonStrokingColorN(this));
                    addOperator(new SetNonStrokingDeviceRGBColor(this));
                    addOperator(new SetNonStrokingDeviceGrayColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    super.processTextPosition(text);
                    try {
                        int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                        int r = (rgb >> 16) & 0xFF;
                        int g = (rgb >> 8) & 0xFF;
                        int b = rgb & 0xFF;
                        if (r > 150 && g < 50 && b < 50 && !text.getUnicode().isBlank()) {
                            red.append(text.getUnicode());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return red.toString();
    }
}
