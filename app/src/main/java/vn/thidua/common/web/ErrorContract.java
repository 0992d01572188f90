package vn.thidua.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.common.validation.ConflictException;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.common.validation.InvalidInputException.FieldProblem;
import vn.thidua.common.validation.JsonProblems;

/**
 * Decides what a failure means to a client, in one place for our API, our pages and the engine
 * REST API (Tasklist). The whole cause chain is searched, because the engine wraps a listener's
 * refusal two or three times ("Cannot submit task form …: ENGINE-03051 … Message: '…'") and only
 * our own exception carries the sentence a person should read. Whatever is not recognised is an
 * unexpected error: logged with its stack under a reference that the client gets instead of
 * anything internal.
 */
@Component
public class ErrorContract {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorContract.class);
    private static final int MAX_CHAIN = 25;

    private final ObjectProvider<ErrorTranslator> translators;

    public ErrorContract(ObjectProvider<ErrorTranslator> translators) {
        this.translators = translators;
    }

    /** The answer to a failed request; {@code where} (method and path) goes to the log of an unexpected error. */
    public ApiError answer(Throwable exception, String where) {
        return recognise(exception).orElseGet(() -> unexpected(exception, where));
    }

    /** The answer for a failure we know the meaning of, else empty. */
    public Optional<ApiError> recognise(Throwable exception) {
        List<Throwable> chain = causes(exception);
        Optional<ApiError> answer = own(chain).or(() -> translated(chain)).or(() -> DatabaseRefusals.refusal(chain))
                .or(() -> web(chain));
        answer.ifPresent(a -> LOG.debug("{} {}: {}", a.status(), a.type(), exception.toString()));
        return answer;
    }

    /** 500 with a generic sentence and a fresh reference; the stack trace is logged under it. */
    public ApiError unexpected(Throwable exception, String where) {
        String reference = reference();
        LOG.error("Lỗi ngoài dự kiến, mã tham chiếu {} ({})", reference, where, exception);
        return serverError(reference);
    }

    /** The answer for a bare status (an error page reached without an exception). */
    public ApiError forStatus(int status, String where) {
        if (status >= 500 && status != 503) {
            String reference = reference();
            LOG.error("Lỗi máy chủ {} không kèm ngoại lệ, mã tham chiếu {} ({})", status, reference, where);
            return serverError(reference);
        }
        return ApiError.of(status, null);
    }

    private static ApiError serverError(String reference) {
        return new ApiError(500, ApiError.SERVER_ERROR, "Đã xảy ra lỗi ngoài dự kiến trên máy chủ. Hãy thử lại;"
                + " nếu vẫn lỗi, báo quản trị viên mã tham chiếu " + reference + ".", List.of(), reference);
    }

    private static Optional<ApiError> own(List<Throwable> chain) {
        InvalidInputException invalid = find(chain, InvalidInputException.class);
        if (invalid != null) {
            return Optional.of(ApiError.invalid(sentences(invalid.problems()), invalid.problems()));
        }
        ConflictException conflict = find(chain, ConflictException.class);
        if (conflict != null) {
            return Optional.of(ApiError.of(409, conflict.getMessage()));
        }
        return Optional.empty();
    }

    private Optional<ApiError> translated(List<Throwable> chain) {
        for (ErrorTranslator translator : translators.orderedStream().toList()) {
            for (Throwable t : chain) {
                ApiError answer = translator.translate(t);
                if (answer != null) {
                    return Optional.of(answer);
                }
            }
        }
        return Optional.empty();
    }

    /** Spring's own refusals (status exceptions, unreadable bodies, access rules). */
    private static Optional<ApiError> web(List<Throwable> chain) {
        ResponseStatusException status = find(chain, ResponseStatusException.class);
        if (status != null) {
            return Optional.of(ApiError.of(status.getStatusCode().value(), status.getReason()));
        }
        if (find(chain, AccessDeniedException.class) != null) {
            return Optional.of(ApiError.of(403, null));
        }
        Optional<ApiError> json = JsonRefusals.refusal(chain);
        if (json.isPresent()) {
            return json;
        }
        if (find(chain, HttpMessageNotReadableException.class) != null) {
            return Optional.of(ApiError.of(400, "Nội dung gửi lên bị thiếu hoặc không đọc được (cần JSON hợp lệ)."));
        }
        TypeMismatchException mismatch = find(chain, TypeMismatchException.class);
        if (mismatch != null) {
            String field = mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName();
            String message = "Tham số «" + field + "» không đúng kiểu: " + JsonProblems.expected(mismatch.getRequiredType()) + ".";
            return Optional.of(ApiError.invalid(message, List.of(new FieldProblem(field, message))));
        }
        ErrorResponse response = find(chain, ErrorResponse.class);
        // A 5xx of Spring's own (a missing path variable, a timeout) is ours to fix: unexpected.
        if (response != null && (response.getStatusCode().value() < 500 || response.getStatusCode().value() == 503)) {
            return Optional.of(ApiError.of(response.getStatusCode().value(), null));
        }
        return Optional.empty();
    }

    /** The sentences of the problems, as one message a form can show above the fields. */
    static String sentences(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::message).map(String::strip)
                .map(m -> m.endsWith(".") || m.endsWith("!") || m.endsWith("?") || m.endsWith(")") ? m : m + ".")
                .collect(Collectors.joining(" "));
    }

    /** The exception and its causes, outermost first. */
    public static List<Throwable> causes(Throwable exception) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = exception; t != null && chain.size() < MAX_CHAIN && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    static <T> T find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static String reference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
