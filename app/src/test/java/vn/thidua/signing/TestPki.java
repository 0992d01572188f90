package vn.thidua.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoPerson;
import vn.thidua.signing.demo.DemoPki.DemoPkiFiles;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.SigningKey;
import vn.thidua.signing.verify.SignatureVerifier;

/**
 * One demo PKI for all signing tests, kept in target/ so re-runs reuse it (RSA-3072 key
 * generation is the slow part, and reuse is also what the demo does at every start).
 */
public final class TestPki {

    public static final String PASSWORD = "demo-test-password";
    public static final Path DIRECTORY = Path.of("target", "signing-test-pki");

    private static DemoPkiFiles files;

    private TestPki() {
    }

    public static synchronized DemoPkiFiles files() {
        if (files == null) {
            files = new DemoPki(DIRECTORY, PASSWORD).ensure(
                    List.of(new DemoPerson("khang", "Phạm Minh Khang"), new DemoPerson("lan", "Nguyễn Thị Lan")),
                    new DemoAgency("ubnd-thach-khoi", "Ủy ban nhân dân phường Thạch Khôi"));
        }
        return files;
    }

    public static SigningKey chairman() {
        return new KeyStoreLoader().load(files().people().get("khang").keyStore());
    }

    public static SigningKey agency() {
        return new KeyStoreLoader().load(files().agency().keyStore());
    }

    public static byte[] chairmanSignaturePng() {
        return read(files().people().get("khang").image());
    }

    public static byte[] sealPng() {
        return read(files().agency().image());
    }

    public static SignatureVerifier verifier() {
        return new SignatureVerifier(new SignatureVerifier.TrustAnchors(Set.of(files().caCertificate())));
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
