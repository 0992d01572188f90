/**
 * Digital signatures of issued documents (Decree 30/2020, BRIEF §1.3): PAdES-B-B with PDFBox and
 * BouncyCastle, each signature an incremental update.
 *
 * <ul>
 *   <li>{@link vn.thidua.signing.PdfSigner}: sign with a server-held key (signer's image in the
 *       block, agency seal over it, attachment mark), or in two phases for a USB token
 *       ({@code prepare} → {@link vn.thidua.signing.PreparedSignature} → {@code complete}).</li>
 *   <li>{@link vn.thidua.signing.key.KeyStoreLoader}: PKCS#12 key stores named by
 *       {@link vn.thidua.signing.key.KeyStoreRef}.</li>
 *   <li>{@link vn.thidua.signing.verify.SignatureVerifier}: per-signature report and file verdict.</li>
 *   <li>{@link vn.thidua.signing.demo.DemoPki}: the demo profile's CA, key stores and images.</li>
 * </ul>
 *
 * <p>Sub-packages {@code pdf} and {@code verify} hold the mechanics; callers need only the types
 * named above and their records.
 */
package vn.thidua.signing;
