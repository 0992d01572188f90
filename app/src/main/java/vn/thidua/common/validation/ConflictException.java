package vn.thidua.common.validation;

/**
 * The request was fine but the state it acts on has moved on (already issued, not yet sent,
 * changed by somebody else at the same moment): 409 with this Vietnamese message. Extends
 * IllegalStateException so code that catches a wrong state keeps doing so.
 */
public class ConflictException extends IllegalStateException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
