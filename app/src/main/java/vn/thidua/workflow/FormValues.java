package vn.thidua.workflow;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;

/**
 * Reads what a form submitted, whatever shape it arrives in (forms send dates as "2025-09-25"
 * strings, numbers as text; the engine API may pass Date or Integer). Bad values become a clear
 * Vietnamese error for that field.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** "05/01/2025" or "5/1/2025": day/month/year, as people write a date (a form's text field). */
    private static final java.util.regex.Pattern VIETNAMESE_DATE = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** A date sent as a Date, "2025-01-05" (date inputs, scripts) or "05/01/2025" (text fields). */
    public static LocalDate date(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(VietnameseDates.VIETNAM).toLocalDate();
        }
        try {
            String text = value.toString().strip();
            java.util.regex.Matcher vn = VIETNAMESE_DATE.matcher(text);
            if (vn.matches()) {
                return LocalDate.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)), Integer.parseInt(vn.group(1)));
            }
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            throw new InvalidInputException(name, label + " không phải là ngày hợp lệ: " + value);
        }
    }

    /** The id of one of our records, sent as a number or as its digits (a script may send either). */
    public static Long id(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof Number) {
            return value == null ? null : ((Number) value).longValue();
        }
        try {
            return Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, label + " phải là số: " + value);
        }
    }

    public static Integer integer(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, label + " phải là số nguyên: " + value);
        }
    }
}
