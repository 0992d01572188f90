package vn.thidua.signing.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.thidua.signing.SigningException;

/**
 * Names our signature fields by role, so that the agency signature can find the signer's image
 * again, and so a reader of the PDF can tell the two apart.
 */
public final class SignatureFields {

    public static final String SIGNER_PREFIX = "ChuKyNguoiKy";
    public static final String SEAL_PREFIX = "DauCoQuan";
    public static final String MARK_PREFIX = "ChuKyCoQuanPhuLuc";
    public static final String INVISIBLE_PREFIX = "ChuKy";

    private SignatureFields() {
    }

    /** "ChuKyNguoiKy-1", "DauCoQuan-2": numbered by order so names stay unique. */
    public static String nextName(PDDocument doc, String prefix) {
        return prefix + "-" + (signatureFields(doc).size() + 1);
    }

    /**
     * PDFBox names the field it creates "SignatureN" whatever the template said; give it the role
     * name instead. The field is new in this revision, so the rename costs nothing.
     */
    static void rename(PDDocument doc, PDSignature signature, String name) {
        for (PDSignatureField field : signatureFields(doc)) {
            if (field.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                field.setPartialName(name);
                return;
            }
        }
        throw new SigningException("PDFBox did not create a field for the new signature");
    }

    /**
     * The signer's visible signature: our own signer field if present, else (a document signed by
     * another tool) the last visible signature on the last page.
     */
    public static Placement signerWidget(PDDocument doc) {
        Placement ours = null;
        Placement anyOnLastPage = null;
        int lastPage = doc.getNumberOfPages() - 1;
        for (PDSignatureField field : signatureFields(doc)) {
            if (field.getSignature() == null) {
                continue;
            }
            for (PDAnnotationWidget widget : field.getWidgets()) {
                PDRectangle rect = widget.getRectangle();
                int page = pageIndex(doc, widget.getPage());
                if (rect == null || rect.getWidth() <= 0 || rect.getHeight() <= 0 || page < 0) {
                    continue;
                }
                Placement placement = new Placement(page, rect);
                String name = field.getPartialName() == null ? "" : field.getPartialName();
                if (name.startsWith(SIGNER_PREFIX)) {
                    ours = placement;
                } else if (page == lastPage && !name.startsWith(SEAL_PREFIX) && !name.startsWith(MARK_PREFIX)) {
                    anyOnLastPage = placement;
                }
            }
        }
        Placement found = ours != null ? ours : anyOnLastPage;
        if (found == null) {
            throw new SigningException("Văn bản chưa có chữ ký hiển thị của người ký nên không đóng dấu được"
                    + " / no visible signer signature to place the seal over");
        }
        return found;
    }

    static List<PDSignatureField> signatureFields(PDDocument doc) {
        List<PDSignatureField> result = new ArrayList<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return result;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                result.add(signatureField);
            }
        }
        return result;
    }

    private static int pageIndex(PDDocument doc, PDPage page) {
        return page == null ? -1 : doc.getPages().indexOf(page);
    }
}
