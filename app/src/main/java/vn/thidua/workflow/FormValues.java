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
