package vn.thidua.benchmark;

import java.nio.file.Path;
import java.util.List;
import vn.thidua.document.SignerEnrolment;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoPerson;
import vn.thidua.signing.key.KeyStoreLoader;

/**
 * Server-held keys for the benchmark ward's chairman and seal. The chairman signs the plan through
 * the signing desk, as the "Ký số" page does: Tasklist refuses to approve a document its signer has
 * not signed, and the clerk's issue checks that signature and adds the seal. The benchmark runs
 * without the demo profile, so it makes these keys itself with the demo PKI, trusts only their CA
 * (settings handed to every application context it starts as system properties), and enrols both
 * certificates in each fresh database, as an administrator does: only enrolled certificates sign.
 */
final class BenchmarkSigningKeys {

    private static final String PASSWORD = "benchmark-ky-so";
    private static final String ENROLLED_BY = "benchmark";

    private final DemoPki.DemoPkiFiles files;
    private final String signerLogin;
    private final String wardCode;

    private BenchmarkSigningKeys(DemoPki.DemoPkiFiles files, String signerLogin, String wardCode) {
        this.files = files;
        this.signerLogin = signerLogin;
        this.wardCode = wardCode;
    }

    /** Makes the key stores in the directory and points the next application contexts at them. */
    static BenchmarkSigningKeys install(Path directory, String signerLogin, String wardCode, String wardName) {
        DemoPki.DemoPkiFiles files = new DemoPki(directory, PASSWORD)
                .ensure(List.of(new DemoPerson(signerLogin, signerLogin)), new DemoAgency(wardCode, wardName));
        System.setProperty("thidua.signing.keys-dir", directory.toString());
        System.setProperty("thidua.signing.key-password", PASSWORD);
        System.setProperty("thidua.signing.trust-anchors", files.caCertificatePem().toString());
        return new BenchmarkSigningKeys(files, signerLogin, wardCode);
    }

    /** Enrols the signer's and the ward's certificates; the ward and its people must be imported. */
    void enrol(SignerEnrolment enrolment) {
        KeyStoreLoader loader = new KeyStoreLoader();
        enrolment.enrolPerson(signerLogin, loader.load(files.people().get(signerLogin).keyStore()).chain(), ENROLLED_BY);
        enrolment.enrolAgency(wardCode, loader.load(files.agency().keyStore()).chain(), ENROLLED_BY);
    }
}
