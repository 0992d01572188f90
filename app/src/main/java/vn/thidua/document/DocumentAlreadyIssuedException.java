package vn.thidua.document;

import vn.thidua.common.validation.ConflictException;

/**
 * A second issue of a document that already has its number. Thrown before the register is
 * touched, so no number is consumed; the message is meant for the clerk.
 */
public class DocumentAlreadyIssuedException extends ConflictException {

    public DocumentAlreadyIssuedException(String message) {
        super(message);
    }
}
