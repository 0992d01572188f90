package vn.thidua.signing;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;

/** Certificates the demo PKI does not make: EC keys, and a stranger CA. */
final class TestCertificates {

    private TestCertificates() {
    }

    static KeyPair ecP256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** An EC P-256 signing key issued by the demo CA. */
    static SigningKey ecKeyFromDemoCa(String commonName) throws Exception {
        SigningKey ca = new KeyStoreLoader().load(
                new KeyStoreRef(TestPki.DIRECTORY.resolve("demo-ca.p12"), TestPki.PASSWORD.toCharArray(), "demo-ca"));
        KeyPair keys = ecP256();
        X509Certificate cert = certificate(new X500Name("CN=" + commonName + ",C=VN"),
                X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), keys, ca.privateKey(),
                "SHA256withRSA", false);
        return new SigningKey(keys.getPrivate(), List.of(cert, ca.certificate()));
    }

    /** A self-signed CA nobody here trusts. */
    static X509Certificate strangerCa() throws Exception {
        KeyPair keys = ecP256();
        X500Name name = new X500Name("CN=Stranger CA,C=VN");
        return certificate(name, name, keys, keys.getPrivate(), "SHA256withECDSA", true);
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
            PrivateKey issuerKey, String algorithm, boolean ca) throws Exception {
        Instant from = Instant.now().minus(Duration.ofDays(1));
        var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()), Date.from(from),
                Date.from(from.plus(Duration.ofDays(365))), subject, subjectKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                .addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign
                        : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
    }
}
