package vn.thidua.signing.pdf;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads names out of certificates; BouncyCastle keeps UTF-8 names intact where the JDK escapes them. */
public final class CertificateNames {

    private CertificateNames() {
    }

    public static String commonName(X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    public static String subject(X509Certificate cert) {
        return X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).toString();
    }

    public static String issuer(X509Certificate cert) {
        return X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()).toString();
    }
}
