package vn.thidua.signing;

/**
 * Any failure to sign, prepare, embed or place a signature. Messages are Vietnamese first (they may
 * reach the clerk's screen), then English (for the log reader).
 */
public class SigningException extends RuntimeException {

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
