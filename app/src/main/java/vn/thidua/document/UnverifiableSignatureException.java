package vn.thidua.document;

/**
 * A signature, or the signed bytes, that do not verify: a CMS container over another digest or from
 * a certificate that does not chain to a trust anchor, or a stored draft altered since it was
 * submitted. Not input a person can correct in a field, so it answers 422 where refused input
 * answers 400; nothing has changed.
 */
public class UnverifiableSignatureException extends SignatureRefusedException {

    public UnverifiableSignatureException(String message) {
        super(Reason.INVALID, message);
    }
}
