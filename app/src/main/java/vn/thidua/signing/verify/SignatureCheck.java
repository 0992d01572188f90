package vn.thidua.signing.verify;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the verifier found about one signature, in revision order.
 *
 * @param fieldName the signature field ("ChuKyNguoiKy-1", "DauCoQuan-2" for ours)
 * @param subFilter e.g. ETSI.CAdES.detached
 * @param signerSubject the certificate subject, RFC 4514 style
 * @param signerName the subject's common name
 * @param signerCertificateSha256 hex SHA-256 of the signer certificate's DER: how the caller tells
 *     whether it is the certificate enrolled for the person (or agency) the document names; null
 *     when the container could not be read
 * @param signingTime the claimed time (/M) in the Vietnam zone; null if absent
 * @param integrityValid the CMS signature and its message digest match the signed byte ranges
 * @param coversWholeFile the byte ranges reach the end of the file (true only for the last revision)
 * @param chainTrusted the certificate chains to a configured trust anchor, valid at the signing time
 * @param valid integrity and trust both hold (coverage is judged for the file, see the report)
 * @param problems why not, in words for a person; empty when valid
 */
public record SignatureCheck(String fieldName, String subFilter, String signerSubject, String signerName,
        String signerCertificateSha256, OffsetDateTime signingTime, boolean integrityValid, boolean coversWholeFile, boolean chainTrusted,
        boolean valid, List<String> problems) {
}
