package vn.thidua.signing.key;

import vn.thidua.signing.SigningException;

/** A key store cannot be opened; {@link #reason()} tells the operator what to fix. */
public class KeyStoreAccessException extends SigningException {

    public enum Reason { FILE_MISSING, WRONG_PASSWORD, NO_PRIVATE_KEY, UNREADABLE }

    private final Reason reason;

    public KeyStoreAccessException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
