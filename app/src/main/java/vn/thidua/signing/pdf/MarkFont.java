package vn.thidua.signing.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.thidua.signing.SigningException;

/**
 * Times New Roman for the attachment mark, embedded (ký hiệu can hold "Đ", which no base-14 font
 * has). Liberation Serif is its metric twin and what the FOP templates use too.
 */
final class MarkFont implements VisibleSignatureTemplate.FontSource {

    static final Path DEBIAN_LIBERATION_SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    private final Path configured;

    MarkFont(Path configured) {
        this.configured = configured;
    }

    @Override
    public PDFont load(PDDocument doc) throws IOException {
        Path font = configured != null ? configured : DEBIAN_LIBERATION_SERIF;
        if (!Files.isRegularFile(font)) {
            throw new SigningException("Không tìm thấy phông chữ cho dấu phụ lục: " + font
                    + " / font for the attachment mark not found (set SigningConfig.markFont)");
        }
        return PDType0Font.load(doc, font.toFile());
    }
}
