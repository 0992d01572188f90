package vn.thidua.common.web;

/**
 * Lets a feature say what its own exceptions mean to a client (a refused signature, a key store
 * that does not open) without this package knowing them. {@link ErrorContract} offers every
 * exception of the cause chain to every translator.
 */
public interface ErrorTranslator {

    /** The answer for this exception, or null when it is not one of this translator's. */
    ApiError translate(Throwable exception);
}
