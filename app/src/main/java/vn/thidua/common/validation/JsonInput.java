package vn.thidua.common.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

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
            String field = JsonProblems.path(e);
            throw new InvalidInputException(field.isEmpty() ? null : field,
                    "Giá trị không đúng kiểu: " + JsonProblems.expected(e.getTargetType()) + ".");
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new InvalidInputException(null, "Không đọc được nội dung gửi lên.");
        }
    }

    private static InvalidInputException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr() + ")";
        return new InvalidInputException(null, "Nội dung gửi lên không phải JSON hợp lệ" + where + ".");
    }
}
