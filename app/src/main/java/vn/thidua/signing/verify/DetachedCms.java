package vn.thidua.signing.verify;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A detached CMS container from a PDF's /Contents, with its one signer. The container is read
 * through the InputStream constructor: /Contents is zero-padded to its reserved size, which the
 * byte-array constructor rejects as trailing garbage.
 */
public final class DetachedCms {

    private final SignerInformation signer;
    private final X509Certificate signerCertificate;
    private final List<X509Certificate> certificates;
    private final byte[] signedContent;

    private DetachedCms(SignerInformation signer, X509Certificate signerCertificate,
            List<X509Certificate> certificates, byte[] signedContent) {
        this.signer = signer;
        this.signerCertificate = signerCertificate;
        this.certificates = certificates;
        this.signedContent = signedContent;
    }

    /** @throws InvalidCmsException when the container is not one parseable signer with its certificate */
    public static DetachedCms parse(byte[] container, byte[] signedContent) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    new ByteArrayInputStream(container));
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new InvalidCmsException("CMS có " + signers.size() + " người ký, cần đúng 1 / expected exactly one signer, found " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> certificates = new ArrayList<>();
            X509Certificate signerCertificate = null;
            for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
                X509Certificate cert = converter.getCertificate(holder);
                certificates.add(cert);
                if (signer.getSID().match(holder)) {
                    signerCertificate = cert;
                }
            }
            if (signerCertificate == null) {
                throw new InvalidCmsException("CMS không chứa chứng thư của người ký / signer certificate missing from the CMS");
            }
            return new DetachedCms(signer, signerCertificate, List.copyOf(certificates), signedContent);
        } catch (CMSException | CertificateException | RuntimeException e) {
            if (e instanceof InvalidCmsException invalid) {
                throw invalid;
            }
            throw new InvalidCmsException("Không đọc được CMS / unreadable CMS container: " + e.getMessage());
        }
    }

    /**
     * Checks the message digest against the signed bytes and the signature against the signer's key.
     *
     * @throws InvalidCmsException with the reason if either fails
     */
    public void verifyIntegrity() {
        try {
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerCertificate));
            if (!ok) {
                throw new InvalidCmsException("Chữ ký CMS sai / CMS signature value does not verify");
            }
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            throw new InvalidCmsException("Nội dung đã bị thay đổi sau khi ký (message digest không khớp)"
                    + " / the signed bytes were changed: message digest mismatch");
        } catch (CMSException | OperatorCreationException e) {
            throw new InvalidCmsException("Chữ ký CMS không hợp lệ / CMS signature invalid: " + e.getMessage());
        }
    }

    public byte[] messageDigest() {
        Attribute attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        return attribute == null ? null : ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
    }

    public boolean hasSigningCertificateV2() {
        return signer.getSignedAttributes() != null
                && signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
    }

    public X509Certificate signerCertificate() {
        return signerCertificate;
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    byte[] signedContent() {
        return signedContent;
    }

    /** Why a CMS container was refused; the message is meant for a person. */
    public static final class InvalidCmsException extends vn.thidua.signing.SigningException {
        public InvalidCmsException(String message) {
            super(message);
        }
    }
}
