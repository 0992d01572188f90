package vn.thidua.benchmark;

import java.nio.file.Path;
import java.util.List;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoPerson;

/**
 * Server-held keys for the benchmark ward's chairman and seal. The chairman signs the plan through
 * the signing desk, as the "Ký số" page does: Tasklist refuses to approve a document its signer has
 * not signed, and the clerk's issue checks that signature and adds the seal. The benchmark runs
 * without the demo profile, so it makes these keys itself with the demo PKI, trusts only their CA,
 * and hands the settings to every application context it starts as system properties.
 */
final class BenchmarkSigningKeys {

    private static final String PASSWORD = "benchmark-ky-so";

    private BenchmarkSigningKeys() {
    }

    static void install(Path directory, String signerLogin, String wardCode, String wardName) {
        DemoPki.DemoPkiFiles files = new DemoPki(directory, PASSWORD)
                .ensure(List.of(new DemoPerson(signerLogin, signerLogin)), new DemoAgency(wardCode, wardName));
        System.setProperty("thidua.signing.keys-dir", directory.toString());
        System.setProperty("thidua.signing.key-password", PASSWORD);
        System.setProperty("thidua.signing.trust-anchors", files.caCertificatePem().toString());
    }
}
