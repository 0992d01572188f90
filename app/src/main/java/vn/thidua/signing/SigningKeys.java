package vn.thidua.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.thidua.signing.key.KeyStoreAccessException;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;

/**
 * Where the server-held keys are: one PKCS#12 key store per signer and one per agency, in one
 * directory, named like the demo PKI writes them:
 * <ul>
 *   <li>{@code nguoi-ky-<login>.p12} and {@code nguoi-ky-<login>-chu-ky.png} (blue signature image)</li>
 *   <li>{@code co-quan-<agency code>.p12} and {@code co-quan-<agency code>-con-dau.png} (red seal)</li>
 * </ul>
 * The password is {@code THIDUA_SIGNING_KEY_PASSWORD}, or per key store
 * {@code THIDUA_SIGNING_KEY_PASSWORD_<ID>} (id upper-cased, other characters as "_", e.g.
 * {@code _KHANG_PM}, {@code _THACH_KHOI}). Nothing is read at start-up: a missing file or a wrong
 * password is reported to whoever signs, and the application still runs for everybody else.
 */
@Component
public class SigningKeys {

    /** A key and the image its signature shows. */
    public record Identity(SigningKey key, byte[] image) {
    }

    private final Path directory;
    private final Environment environment;
    private final KeyStoreLoader loader;

    SigningKeys(@Value("${thidua.signing.keys-dir}") String directory, Environment environment, KeyStoreLoader loader) {
        this.directory = Path.of(directory);
        this.environment = environment;
        this.loader = loader;
    }

    public Path directory() {
        return directory;
    }

    public Identity person(String login) {
        String base = "nguoi-ky-" + safe(login);
        return load(login, base, base + "-chu-ky.png", "ảnh chữ ký");
    }

    public Identity agency(String agencyCode) {
        String base = "co-quan-" + safe(agencyCode);
        return load(agencyCode, base, base + "-con-dau.png", "ảnh con dấu");
    }

    /** The signature image alone, for a token signature (the key is on the token). */
    public byte[] personImage(String login) {
        return image(directory.resolve("nguoi-ky-" + safe(login) + "-chu-ky.png"), "ảnh chữ ký");
    }

    private Identity load(String id, String base, String imageFile, String imageLabel) {
        String password = password(id);
        if (password == null || password.isEmpty()) {
            throw new KeyStoreAccessException(KeyStoreAccessException.Reason.UNREADABLE,
                    "Chưa cấu hình mật khẩu kho khóa (THIDUA_SIGNING_KEY_PASSWORD) / no key store password configured", null);
        }
        SigningKey key = loader.load(KeyStoreRef.of(directory.resolve(base + ".p12"), password));
        return new Identity(key, image(directory.resolve(imageFile), imageLabel));
    }

    private static byte[] image(Path file, String label) {
        if (!Files.isRegularFile(file)) {
            throw new SigningException("Không tìm thấy " + label + " " + file + " / image not found: " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SigningException("Không đọc được " + label + " " + file + " / cannot read " + file, e);
        }
    }

    private String password(String id) {
        String specific = "THIDUA_SIGNING_KEY_PASSWORD_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        String value = environment.getProperty(specific);
        return value != null ? value : environment.getProperty("thidua.signing.key-password");
    }

    /** Same file-name rule as the demo PKI, so both produce and find the same files. */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
