package vn.thidua.signing.verify;

import java.util.List;

/**
 * The verdict on a whole file.
 *
 * @param sha256 hex SHA-256 of the file as given: what a register records to identify it
 * @param unsignedBytesAfterLastSignature bytes appended after the last signed revision; anything
 *     there (an edit, a new page) is not covered by any signature
 * @param valid there is at least one signature, every signature is valid, and nothing follows the last
 * @param problems file-level reasons (no signature, unsigned tail, unreadable file)
 */
public record VerificationReport(String sha256, long fileLength, List<SignatureCheck> signatures,
        long unsignedBytesAfterLastSignature, boolean valid, List<String> problems) {

    /** Every reason, file-level first, for a log line or an error page. */
    public List<String> allProblems() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(problems);
        signatures.forEach(s -> s.problems().forEach(p -> all.add(s.fieldName() + ": " + p)));
        return all;
    }
}
