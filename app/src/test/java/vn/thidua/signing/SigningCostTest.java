package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.signing.TestDocuments.TestDocument;
import vn.thidua.signing.key.SigningKey;

/** Measures warm cost per signature (printed for the README); the bound only catches a disaster. */
class SigningCostTest {

    @Test
    void measuresWarmCostPerSignature() {
        PdfSigner signer = new PdfSigner(SigningConfig.defaults());
        TestDocument plan = TestDocuments.planWithSignatureBlock(3);
        SigningKey chairman = TestPki.chairman();
        SigningKey agency = TestPki.agency();
        byte[] signature = TestPki.chairmanSignaturePng();
        byte[] seal = TestPki.sealPng();
        var verifier = TestPki.verifier();
        for (int i = 0; i < 5; i++) {
            verifier.verify(signer.signAsAgency(signer.signAsSigner(plan.pdf(), chairman, signature, plan.title(), plan.name()),
                    agency, seal));
        }
        int rounds = 20;
        long signerNanos = 0, agencyNanos = 0, invisibleNanos = 0, verifyNanos = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            byte[] signed = signer.signAsSigner(plan.pdf(), chairman, signature, plan.title(), plan.name());
            long t1 = System.nanoTime();
            byte[] issued = signer.signAsAgency(signed, agency, seal);
            long t2 = System.nanoTime();
            signer.sign(plan.pdf(), agency, new SignatureAppearance.Invisible(), null);
            long t3 = System.nanoTime();
            assertThat(verifier.verify(issued).valid()).isTrue();
            long t4 = System.nanoTime();
            signerNanos += t1 - t0;
            agencyNanos += t2 - t1;
            invisibleNanos += t3 - t2;
            verifyNanos += t4 - t3;
        }
        double signerMs = signerNanos / 1e6 / rounds;
        System.out.printf("[signing cost] warm, RSA-3072, 3-page PDF: signer visible %.1f ms, agency seal %.1f ms,"
                + " invisible %.1f ms, verify 2 signatures %.1f ms%n", signerMs, agencyNanos / 1e6 / rounds,
                invisibleNanos / 1e6 / rounds, verifyNanos / 1e6 / rounds);
        assertThat(signerMs).isLessThan(2000);
    }
}
