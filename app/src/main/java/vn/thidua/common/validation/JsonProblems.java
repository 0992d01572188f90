package vn.thidua.common.validation;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Collection;
import java.util.Map;

/**
 * How a JSON value that does not read is named to the person who sent it: the field's path as our
 * validators write it ("people[0].roles") and the kind of value it needs, in Vietnamese. One place
 * for the request bodies read by hand ({@link JsonInput}) and those Spring reads (the error contract).
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** "people[0].roles"; empty when the problem is the whole body. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "cần một số nguyên", "cần một danh sách [...]": what a field of this Java type takes. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "kiểu khác";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "cần một số nguyên";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "cần một số";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "cần true hoặc false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "cần một chuỗi chữ";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || java.util.Date.class.isAssignableFrom(type)) {
            return "cần một ngày dạng yyyy-MM-dd";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "cần một danh sách [...]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "cần một đối tượng {...}";
        }
        return "không đọc được";
    }
}
