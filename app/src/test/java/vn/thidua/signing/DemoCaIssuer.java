package vn.thidua.signing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;

/**
 * Issues more certificates from the running application's demo CA (its key store in the keys
 * directory): trusted like every official's, but enrolled for nobody until a test enrols them.
 * RSA-2048 keeps the tests quick; the chain and checks are the same as for the demo's RSA-3072 keys.
 */
final class DemoCaIssuer {

    private final SigningKey ca;

    DemoCaIssuer(Path keysDirectory, String password) {
        this.ca = new KeyStoreLoader().load(new KeyStoreRef(keysDirectory.resolve("demo-ca.p12"), password.toCharArray(),
                "demo-ca"));
    }

    /** A signing certificate for {@code commonName}, valid from a day ago for a year. */
    SigningKey issue(String commonName) {
        Instant now = Instant.now();
        return issue(commonName, now.minusSeconds(86_400), now.plusSeconds(365L * 86_400));
    }

    SigningKey issue(String commonName, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.CN, commonName).build();
            X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
            var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.privateKey())));
            return new SigningKey(keys.getPrivate(), List.of(certificate, ca.certificate()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }

    X509Certificate caCertificate() {
        return ca.certificate();
    }

    static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(CertificateCodec.der(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }
}
