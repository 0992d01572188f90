package vn.thidua.document;

/**
 * A signing action refused before anything changed, with a message for the person and the kind
 * of refusal (the HTTP status of our API and pages follows from it).
 */
public class SignatureRefusedException extends RuntimeException {

    public enum Reason {
        /** No such document, or not visible to this person (another ward): 404, no hint it exists. */
        NOT_FOUND,
        /** The document is not this person's to sign: 403. */
        FORBIDDEN,
        /** Not awaiting a signature any more (signed, returned, issued): 409. */
        CONFLICT,
        /**
         * Bad input (missing comment, unreadable certificate or CMS, a deputy who is not one): 400;
         * a signature or file that does not verify is an {@link UnverifiableSignatureException}: 422.
         */
        INVALID
    }

    private final Reason reason;

    public SignatureRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
