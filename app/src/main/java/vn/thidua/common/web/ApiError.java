package vn.thidua.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.validation.InvalidInputException.FieldProblem;

/**
 * What a client is told when a request fails, the same for our API, our pages and the engine REST
 * API: the status, a category ({@code type}), one Vietnamese {@code message} that can be shown as
 * it is, the fields at fault for refused input, and for a server fault the reference under which
 * the stack trace was logged. Never a class name, SQL or engine code.
 *
 * @param problems the fields at fault (refused input), else empty
 * @param reference the log reference of an unexpected error, else null
 */
public record ApiError(int status, String type, String message, List<FieldProblem> problems, String reference) {

    public static final String INVALID_INPUT = "invalid-input";
    public static final String BAD_REQUEST = "bad-request";
    public static final String CONFLICT = "conflict";
    public static final String UNPROCESSABLE = "unprocessable";
    public static final String UNAVAILABLE = "unavailable";
    public static final String SERVER_ERROR = "server-error";

    public ApiError {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A refusal with its own Vietnamese message and no field list. */
    public static ApiError of(int status, String message) {
        return new ApiError(status, typeOf(status), message == null ? StatusMessages.of(status) : message, List.of(), null);
    }

    /** Refused input with the fields to highlight. */
    public static ApiError invalid(String message, List<FieldProblem> problems) {
        return new ApiError(400, INVALID_INPUT, message, problems, null);
    }

    /** The JSON body: {status, type, message, problems (refused input), reference (server fault)}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("type", type);
        body.put("message", message);
        if (INVALID_INPUT.equals(type)) {
            body.put("problems", problems.stream().map(p -> Map.of(
                    "field", p.field() == null ? "" : p.field(),
                    "message", p.message())).toList());
        }
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    static String typeOf(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> CONFLICT;
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> UNPROCESSABLE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? SERVER_ERROR : BAD_REQUEST;
        };
    }
}
