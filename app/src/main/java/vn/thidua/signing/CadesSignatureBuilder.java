package vn.thidua.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.thidua.signing.key.SigningKey;

/**
 * Builds the detached CMS container of a PAdES-B-B signature from the document digest: signed
 * attributes content-type, message-digest and ESS signing-certificate-v2, and deliberately no
 * signing-time (PAdES puts the claimed time in the signature dictionary's /M).
 *
 * <p>Working from the digest rather than the content is what lets the same code serve the server
 * key and a token that only ever sees the hash.
 */
public final class CadesSignatureBuilder {

    private CadesSignatureBuilder() {
    }

    /** The container for a server-held key; RSA and EC keys both work. */
    public static byte[] build(byte[] documentSha256, SigningKey key) {
        return build(documentSha256, contentSigner(key.privateKey()), key.chain());
    }

    public static byte[] build(byte[] documentSha256, ContentSigner signer, List<X509Certificate> chain) {
        if (documentSha256.length != 32) {
            throw new IllegalArgumentException("expected a SHA-256 digest, got " + documentSha256.length + " bytes");
        }
        try {
            AttributeTable signedAttributes = signedAttributes(documentSha256, chain.get(0));
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    // Our table, not BouncyCastle's default: the default adds signing-time, and would
                    // take the message digest of the (absent) content instead of the document's.
                    .setSignedAttributeGenerator(parameters -> signedAttributes)
                    .build(signer, chain.get(0));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new SigningException("Không tạo được chữ ký CMS / cannot build the CMS signature: " + e.getMessage(), e);
        }
    }

    public static ContentSigner contentSigner(PrivateKey key) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new SigningException("Loại khóa không hỗ trợ / unsupported key type: " + key.getAlgorithm());
        };
        try {
            return new JcaContentSignerBuilder(algorithm).build(key);
        } catch (OperatorCreationException e) {
            throw new SigningException("Không dùng được khóa / cannot use the key: " + e.getMessage(), e);
        }
    }

    static AttributeTable signedAttributes(byte[] documentSha256, X509Certificate signerCert)
            throws CertificateEncodingException {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(documentSha256))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificateV2(signerCert))));
        return new AttributeTable(attributes);
    }

    private static SigningCertificateV2 signingCertificateV2(X509Certificate cert) throws CertificateEncodingException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(sha256(cert.getEncoded()), issuerSerial)});
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
