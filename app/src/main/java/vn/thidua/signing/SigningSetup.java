package vn.thidua.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.signing.verify.SignatureVerifier;

/**
 * Signing settings and the certificates a signature must chain to (a PEM file named by
 * THIDUA_TRUST_ANCHORS: the government CA in production, the demo CA in the demo).
 */
@Configuration(proxyBeanMethods = false)
class SigningSetup {

    @Bean
    SigningConfig signingConfig() {
        return SigningConfig.defaults();
    }

    @Bean
    SignatureVerifier.TrustAnchors trustAnchors(@Value("${thidua.signing.trust-anchors:${THIDUA_TRUST_ANCHORS:}}") String pemFile,
            ObjectProvider<TrustAnchorSource> extra) {
        Set<X509Certificate> certificates = new HashSet<>();
        extra.orderedStream().forEach(source -> certificates.addAll(source.certificates()));
        if (pemFile != null && !pemFile.isBlank() && Files.exists(Path.of(pemFile))) {
            try (InputStream in = Files.newInputStream(Path.of(pemFile))) {
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("Cannot read trust anchors from " + pemFile + ": " + e.getMessage(), e);
            }
        }
        return new SignatureVerifier.TrustAnchors(certificates);
    }
}
