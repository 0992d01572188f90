package vn.thidua.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The one-page PDF that PDFBox copies the signature widget and its appearance from
 * ({@code SignatureOptions.setVisualSignature}). Its page has the target page's size so that the
 * widget rectangle means the same in both.
 */
public final class VisibleSignatureTemplate {

    /** What the appearance stream draws inside a box of the given size. */
    @FunctionalInterface
    public interface Painter {
        void paint(PDDocument template, PDPageContentStream content, float width, float height) throws IOException;
    }

    private VisibleSignatureTemplate() {
    }

    public static byte[] build(PDPage target, PDRectangle rect, String fieldName, Painter painter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            doc.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            field.setPartialName(fieldName);
            acroForm.getFields().add(field);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);

            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            widget.setPrinted(true); // a signature that does not print is lost on the paper copy
            widget.setLocked(true);

            PDFormXObject form = new PDFormXObject(new PDStream(doc));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(doc, stream)) {
                painter.paint(doc, content, rect.getWidth(), rect.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The PNG scaled to the box; its alpha channel becomes a soft mask, so the page shows through. */
    public static Painter image(BufferedImage decodedPng) {
        return (doc, content, width, height) -> {
            PDImageXObject image = LosslessFactory.createFromImage(doc, decodedPng);
            content.drawImage(image, 0, 0, width, height);
        };
    }

    /** Right-aligned black lines, as the attachment mark wants. */
    public static Painter rightAlignedText(List<String> lines, FontSource fontSource, float fontSize) {
        return (doc, content, width, height) -> {
            PDFont font = fontSource.load(doc);
            float leading = fontSize * 1.15f;
            float y = height - fontSize;
            for (String line : lines) {
                float lineWidth = font.getStringWidth(line) / 1000 * fontSize;
                content.beginText();
                content.setFont(font, fontSize);
                content.newLineAtOffset(width - lineWidth, y);
                content.showText(line);
                content.endText();
                y -= leading;
            }
        };
    }

    /** Loads the mark's font into the template document (a font object belongs to one document). */
    @FunctionalInterface
    public interface FontSource {
        PDFont load(PDDocument doc) throws IOException;
    }
}
