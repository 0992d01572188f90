package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import vn.thidua.signing.SignatureAppearance.SignerImage;
import vn.thidua.signing.TestDocuments.TestDocument;
import vn.thidua.signing.key.SigningKey;
import vn.thidua.signing.verify.VerificationReport;

/**
 * The USB-token flow: the server prepares and stores the state, the token (here: this test with
 * a key the signer never gives the server) builds the CMS container from the digest, and possibly
 * another node embeds it.
 */
class TwoPhaseSigningTest {

    private final PdfSigner server = new PdfSigner(SigningConfig.defaults());
    private final TestDocument plan = TestDocuments.planWithSignatureBlock(1);

    @Test
    void preparesOnOneNodeAndEmbedsTheTokensContainerOnAnother() throws Exception {
        SigningKey token = TestPki.chairman();
        PreparedSignature prepared = server.prepare(plan.pdf(), token.certificate(),
                new SignerImage(TestPki.chairmanSignaturePng(), plan.title(), plan.name()), "Ký ban hành");
        PreparedSignatureStore database = new InMemoryPreparedSignatureStore(); // stores toBytes(), as a table would
        String id = database.save(prepared).id();

        PreparedSignature loaded = database.find(id).orElseThrow();
        byte[] cms = tokenSigns(loaded.documentDigest(), token);
        byte[] signed = new PdfSigner(SigningConfig.defaults()).complete(loaded, cms);

        database.remove(id);
        assertThat(database.find(id)).isEmpty();
        assertThat(loaded.signingTime().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        VerificationReport report = TestPki.verifier().verify(signed);
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures().get(0).signerName()).isEqualTo("Phạm Minh Khang");

        // The clerk's agency signature still follows a token signature.
        byte[] issued = server.signAsAgency(signed, TestPki.agency(), TestPki.sealPng());
        assertThat(TestPki.verifier().verify(issued).valid()).isTrue();
        assumeTrue(Pdfsig.installed(), "pdfsig not installed");
        Path file = Files.createDirectories(PdfSignerTest.OUTPUT).resolve("two-phase-issued.pdf");
        Files.write(file, issued);
        assertThat(PdfSignerTest.count(Pdfsig.run(file), "Signature Validation: Signature is Valid.")).isEqualTo(2);
    }

    @Test
    void refusesAContainerSignedOverAnotherDigest() {
        SigningKey token = TestPki.chairman();
        PreparedSignature prepared = server.prepare(plan.pdf(), token.certificate(),
                new SignatureAppearance.Invisible(), null);
        byte[] otherDigest = CadesSignatureBuilder.sha256("another document".getBytes());

        assertThatThrownBy(() -> server.complete(prepared, tokenSigns(otherDigest, token)))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("message digest");
    }

    @Test
    void refusesAContainerFromAnotherCertificateThanTheOnePreparedFor() {
        PreparedSignature prepared = server.prepare(plan.pdf(), TestPki.chairman().certificate(),
                new SignatureAppearance.Invisible(), null);

        assertThatThrownBy(() -> server.complete(prepared, tokenSigns(prepared.documentDigest(), TestPki.agency())))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("chứng thư khác");
    }

    @Test
    void refusesPreparedBytesThatChangedInStorage() throws Exception {
        SigningKey token = TestPki.chairman();
        PreparedSignature prepared = server.prepare(plan.pdf(), token.certificate(), new SignatureAppearance.Invisible(), null);
        byte[] pdf = prepared.preparedPdf().clone();
        pdf[12] ^= 1;
        PreparedSignature corrupted = new PreparedSignature(null, pdf, prepared.byteRange(), prepared.documentDigest(),
                prepared.signingTime(), prepared.expectedSignerCertificateSha256());

        assertThatThrownBy(() -> server.complete(corrupted, tokenSigns(prepared.documentDigest(), token)))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("bị thay đổi");
    }

    /**
     * What a token's client software does: its own CMS from the digest alone, here in BouncyCastle's
     * default style (with signing-time and algorithm protection), unlike the server's builder.
     */
    static byte[] tokenSigns(byte[] digest, SigningKey key) throws Exception {
        X509Certificate cert = key.certificate();
        ASN1EncodableVector given = new ASN1EncodableVector();
        given.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(given)))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), cert));
        generator.addCertificates(new JcaCertStore(List.copyOf(key.chain())));
        return generator.generate(new CMSAbsentContent(), false).getEncoded();
    }
}
