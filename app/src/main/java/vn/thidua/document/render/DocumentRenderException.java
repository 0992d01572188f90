package vn.thidua.document.render;

/**
 * A document could not be rendered as the law and the house rules require: a template error,
 * a font substitution or a missing glyph, text overflowing the margins, a refused resource.
 * The message says which document and what went wrong; nothing half-made is returned.
 */
public class DocumentRenderException extends RuntimeException {

    public DocumentRenderException(String message) {
        super(message);
    }

    public DocumentRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
