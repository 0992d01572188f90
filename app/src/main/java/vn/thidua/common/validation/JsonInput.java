package vn.thidua.common.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Reads a JSON request body into its record. A body that does not read (not JSON, a list where a
 * text belongs) is refused like any other bad input, with the field path and a Vietnamese message,
 * instead of Spring's English "Bad Request" that names no field.
 */
public final class JsonInput {

    private JsonInput() {
    }

    public static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException(null, "Nội dung gửi lên trống: cần một tệp JSON.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new InvalidInputException(null, "Nội dung gửi lên trống: cần một tệp JSON.");
            }
            return value;
        } catch (MismatchedInputException e) {
            if (e.getTargetType() == null || e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                throw notJson(e);
            }
            throw new InvalidInputException(path(e), "Giá trị không đúng kiểu: " + expected(e.getTargetType()) + ".");
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new InvalidInputException(null, "Không đọc được nội dung gửi lên.");
        }
    }

    /** "people[0].roles", as the validators name fields. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static InvalidInputException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr() + ")";
        return new InvalidInputException(null, "Nội dung gửi lên không phải JSON hợp lệ" + where + ".");
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "cần một danh sách [...]";
        }
        if (type == String.class) {
            return "cần một chuỗi chữ";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "cần một số";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "cần một đối tượng {...}";
        }
        return "không đọc được";
    }
}
