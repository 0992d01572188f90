package vn.thidua.signing.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;

/**
 * The demo's PKI, created on first use in one directory and reused afterwards: a root CA (the
 * demo trust anchor), one PKCS#12 key store per person and one for the agency, each with its
 * image (blue handwritten signature, red seal). For the demo profile only: production keys come
 * from the government CA and live on tokens or in key stores the operator installs.
 *
 * <p>Files: {@code demo-ca.p12}, {@code demo-ca.pem}, {@code nguoi-ky-<id>.p12},
 * {@code nguoi-ky-<id>-chu-ky.png}, {@code co-quan-<id>.p12}, {@code co-quan-<id>-con-dau.png}.
 */
public final class DemoPki {

    public record DemoPerson(String id, String fullName) {
    }

    public record DemoAgency(String id, String name) {
    }

    /** A key store and the image that goes with it. */
    public record DemoIdentity(KeyStoreRef keyStore, Path image) {
    }

    public record DemoPkiFiles(Path caCertificatePem, X509Certificate caCertificate,
            Map<String, DemoIdentity> people, DemoIdentity agency) {
    }

    private static final String CA_ALIAS = "demo-ca";

    private final Path directory;
    private final String password;
    private final KeyStoreLoader loader = new KeyStoreLoader();

    /** @param password protects every demo key store (the demo profile's configured value) */
    public DemoPki(Path directory, String password) {
        this.directory = directory;
        this.password = password;
    }

    /** Creates what is missing and returns where everything is. Safe to call at every start. */
    public synchronized DemoPkiFiles ensure(List<DemoPerson> people, DemoAgency agency) {
        try {
            Files.createDirectories(directory);
            SigningKey ca = ensureCa();
            Map<String, DemoIdentity> identities = new LinkedHashMap<>();
            for (DemoPerson person : people) {
                identities.put(person.id(), ensureIdentity(ca, "nguoi-ky-" + safe(person.id()), "-chu-ky.png",
                        person.fullName(), agency.name(), () -> DemoImages.handwrittenSignature(person.fullName())));
            }
            DemoIdentity agencyIdentity = ensureIdentity(ca, "co-quan-" + safe(agency.id()), "-con-dau.png",
                    agency.name(), agency.name(), () -> DemoImages.seal(agency.name()));
            return new DemoPkiFiles(directory.resolve(CA_ALIAS + ".pem"), ca.certificate(), Map.copyOf(identities),
                    agencyIdentity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo PKI in " + directory, e);
        }
    }

    /** The demo CA alone (the trust anchor), created if missing. */
    public synchronized X509Certificate ensureCaCertificate() {
        try {
            Files.createDirectories(directory);
            return ensureCa().certificate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo CA in " + directory, e);
        }
    }

    private SigningKey ensureCa() throws IOException {
        Path store = directory.resolve(CA_ALIAS + ".p12");
        if (!Files.exists(store)) {
            KeyPair keys = DemoCertificates.rsa3072();
            X509Certificate cert = DemoCertificates.selfSignedCa(keys,
                    DemoCertificates.name("CA thử nghiệm Thi đua (DEMO - không dùng thật)", "Demo"));
            writeKeyStore(store, CA_ALIAS, new SigningKey(keys.getPrivate(), List.of(cert)));
        }
        SigningKey ca = loader.load(new KeyStoreRef(store, password.toCharArray(), CA_ALIAS));
        Path pem = directory.resolve(CA_ALIAS + ".pem");
        if (!Files.exists(pem)) {
            writePem(pem, ca.certificate());
        }
        return ca;
    }

    private DemoIdentity ensureIdentity(SigningKey ca, String baseName, String imageSuffix, String commonName,
            String organisation, Supplier<byte[]> image) throws IOException {
        Path store = directory.resolve(baseName + ".p12");
        if (!Files.exists(store)) {
            KeyPair keys = DemoCertificates.rsa3072();
            X509Certificate cert = DemoCertificates.signingCertificate(ca, keys.getPublic(),
                    DemoCertificates.name(commonName, organisation));
            writeKeyStore(store, "signing", new SigningKey(keys.getPrivate(), List.of(cert, ca.certificate())));
        }
        Path png = directory.resolve(baseName + imageSuffix);
        if (!Files.exists(png)) {
            writeAtomically(png, image.get());
        }
        return new DemoIdentity(new KeyStoreRef(store, password.toCharArray(), "signing"), png);
    }

    private void writeKeyStore(Path target, String alias, SigningKey key) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key.privateKey(), password.toCharArray(), key.chain().toArray(new Certificate[0]));
            Path temp = Files.createTempFile(directory, ".tmp-", ".p12");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password.toCharArray());
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write " + target, e);
        }
    }

    private static void writePem(Path target, X509Certificate cert) throws IOException {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            writeAtomically(target, pem.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two nodes starting at once must never read a half-written file. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
        Files.write(temp, content);
        Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
