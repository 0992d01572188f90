package vn.thidua.common.web;

import static vn.thidua.common.web.ErrorContract.find;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.validation.InvalidInputException.FieldProblem;
import vn.thidua.common.validation.JsonProblems;

/** Jackson's reading errors, told in terms of the JSON the client sent (field and expected kind). */
final class JsonRefusals {

    private JsonRefusals() {
    }

    static Optional<ApiError> refusal(List<Throwable> chain) {
        MismatchedInputException mismatch = find(chain, MismatchedInputException.class);
        if (mismatch != null) {
            String field = JsonProblems.path(mismatch);
            String value = mismatch instanceof InvalidFormatException f && f.getValue() != null ? "«" + f.getValue() + "» " : "";
            String message = (field.isEmpty() ? "Giá trị " + value : "Trường «" + field + "» " + value)
                    + "không đúng kiểu dữ liệu: " + JsonProblems.expected(mismatch.getTargetType()) + ".";
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
}
