package vn.thidua.common.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.common.text.VietnameseText;

/**
 * Collects the problems of a submission field by field, normalising text to NFC on the way.
 * Markup is refused: official text never contains tags, and a tag in a field is either a paste
 * accident or an attack; the documents would print it literally anyway.
 */
public final class TextRules {

    /**
     * A tag opening ("<img", "</", "<!", "<?"), closed or not: a browser runs {@code <img src=x
     * onerror=...} without its ">" (it takes the rest of the page as attributes). "< 5" and "<5%"
     * stay allowed. Also character references ("&lt;", "&#60;"), which would smuggle the same.
     */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    /** Cleaned text, or null with a problem recorded when required and blank. */
    public String text(String field, String label, String value, int maxLength, boolean required) {
        String cleaned = VietnameseText.cleanOrNull(value);
        if (cleaned == null) {
            if (required) {
                problem(field, label + " là bắt buộc.");
            }
            return null;
        }
        if (cleaned.length() > maxLength) {
            problem(field, label + " dài " + cleaned.length() + " ký tự, tối đa " + maxLength + " ký tự.");
        }
        if (MARKUP.matcher(cleaned).find()) {
            problem(field, label + " không được chứa thẻ HTML/XML (ví dụ \"<b>\").");
        }
        return cleaned;
    }

    public void problem(String field, String message) {
        problems.add(new InvalidInputException.FieldProblem(field, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws when anything was wrong; call before writing. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
