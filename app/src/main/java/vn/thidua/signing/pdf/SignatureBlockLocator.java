package vn.thidua.signing.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.thidua.signing.SigningException;

/**
 * Finds the signature block on the last page: the signer's title line with the signer's name
 * below it, roughly in the same column. The search is strict on purpose: a signature image
 * placed on a guess is worse than no signature.
 */
public final class SignatureBlockLocator {

    /** A Decree 30 block leaves 3-5 blank lines; anything farther is another block. */
    private static final float MAX_TITLE_TO_NAME_PT = 250f;

    private SignatureBlockLocator() {
    }

    /**
     * The block on the last page that has one: a Quyết định's annex ("Danh sách … kèm theo") follows
     * the signature in the same file, so the block is not always on the very last page.
     */
    public static SignatureBlock lastInDocument(PDDocument doc, String title, String name) {
        SigningException lastPageProblem = null;
        for (int page = doc.getNumberOfPages() - 1; page >= 0; page--) {
            try {
                return onPage(doc, page, title, name);
            } catch (SigningException e) {
                if (lastPageProblem == null) {
                    lastPageProblem = e;
                }
            }
        }
        throw lastPageProblem;
    }

    public static SignatureBlock onLastPage(PDDocument doc, String title, String name) {
        return onPage(doc, doc.getNumberOfPages() - 1, title, name);
    }

    static SignatureBlock onPage(PDDocument doc, int pageIndex, String title, String name) {
        List<TextBox> phrases;
        try {
            phrases = PageTextCollector.phrases(doc, pageIndex);
        } catch (IOException e) {
            throw new SigningException("Không đọc được văn bản trang cuối / cannot read the last page's text", e);
        }
        String wantedTitle = key(title);
        String wantedName = key(name);
        List<TextBox> titles = phrases.stream().filter(p -> key(p.text()).equals(wantedTitle)).toList();
        List<TextBox> names = phrases.stream().filter(p -> key(p.text()).equals(wantedName)).toList();
        if (titles.isEmpty() || names.isEmpty()) {
            throw new SigningException("Không tìm thấy khối chữ ký ở trang cuối: "
                    + (titles.isEmpty() ? "thiếu chức vụ \"" + title + "\" " : "")
                    + (names.isEmpty() ? "thiếu họ tên \"" + name + "\"" : "")
                    + " / signature block not found on the last page (title found: " + !titles.isEmpty()
                    + ", name found: " + !names.isEmpty() + ")");
        }
        SignatureBlock best = null;
        for (TextBox t : titles) {
            for (TextBox n : names) {
                float drop = t.baseline() - n.baseline();
                boolean sameColumn = Math.abs(t.centreX() - n.centreX()) < Math.max(t.width(), n.width());
                if (drop > 0 && drop < MAX_TITLE_TO_NAME_PT && sameColumn
                        && (best == null || drop < best.title().baseline() - best.name().baseline())) {
                    best = new SignatureBlock(pageIndex, t, n);
                }
            }
        }
        if (best == null) {
            throw new SigningException("Chức vụ \"" + title + "\" và họ tên \"" + name
                    + "\" không tạo thành khối chữ ký (họ tên phải ở ngay dưới chức vụ) / title and name found but"
                    + " the name is not below the title in the same column");
        }
        return best;
    }

    private static String key(String text) {
        return PageTextCollector.normalise(text).toUpperCase(Locale.forLanguageTag("vi"));
    }
}
