package vn.thidua.common.web;

import static vn.thidua.common.web.ErrorContract.find;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.validation.InvalidInputException.FieldProblem;

/** Jackson's reading errors, told in terms of the JSON the client sent (field and expected kind). */
final class JsonRefusals {

    private JsonRefusals() {
    }

    static Optional<ApiError> refusal(List<Throwable> chain) {
        MismatchedInputException mismatch = find(chain, MismatchedInputException.class);
        if (mismatch != null) {
            String field = path(mismatch);
            String value = mismatch instanceof InvalidFormatException f && f.getValue() != null ? "«" + f.getValue() + "» " : "";
            String message = (field.isEmpty() ? "Giá trị " + value : "Trường «" + field + "» " + value)
                    + "không đúng kiểu dữ liệu: " + expected(mismatch.getTargetType()) + ".";
            return Optional.of(ApiError.invalid(message, List.of(new FieldProblem(field, message))));
        }
        StreamReadException syntax = find(chain, StreamReadException.class);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
            return Optional.of(ApiError.of(400, "Nội dung JSON gửi lên sai cú pháp" + where + "."));
        }
        return Optional.empty();
    }

    private static String path(JsonMappingException e) {
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

    static String expected(Class<?> type) {
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
            return "cần một chuỗi ký tự";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || java.util.Date.class.isAssignableFrom(type)) {
            return "cần một ngày dạng yyyy-MM-dd";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "cần một danh sách";
        }
        return "cần một đối tượng JSON";
    }
}
