package vn.thidua.signing.verify;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** PKIX path building from the signer's certificate to one of the trust anchors. */
final class CertificateChainValidator {

    private final Set<TrustAnchor> anchors;

    CertificateChainValidator(Set<X509Certificate> trusted) {
        this.anchors = trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    /** Null when a valid path exists at {@code at} (the signing time; now if unknown). */
    String problem(X509Certificate signer, List<X509Certificate> supplied, Instant at) {
        if (anchors.isEmpty()) {
            return "Chưa cấu hình chứng thư gốc tin cậy / no trust anchors configured";
        }
        Date when = Date.from(at == null ? Instant.now() : at);
        try {
            signer.checkValidity(when);
        } catch (GeneralSecurityException e) {
            return "Chứng thư người ký hết hạn hoặc chưa có hiệu lực lúc ký / signer certificate not valid at signing time";
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(when);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(supplied)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return null;
        } catch (CertPathBuilderException e) {
            return "Chứng thư không dẫn tới CA tin cậy / certificate does not chain to a trusted CA: " + e.getMessage();
        } catch (GeneralSecurityException e) {
            return "Không kiểm tra được chuỗi chứng thư / cannot check the certificate chain: " + e.getMessage();
        }
    }
}
