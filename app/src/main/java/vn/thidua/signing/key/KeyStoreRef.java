package vn.thidua.signing.key;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a PKCS#12 key store lives and how to open it. The alias may be null: the key store's only
 * (or first) private-key entry is then used.
 */
public record KeyStoreRef(Path path, char[] password, String alias) {

    public KeyStoreRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(password, "password");
        password = password.clone();
    }

    public static KeyStoreRef of(Path path, String password) {
        return new KeyStoreRef(path, password.toCharArray(), null);
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    /** Never print the password, even in a debug log. */
    @Override
    public String toString() {
        return "KeyStoreRef[path=" + path + ", alias=" + alias + "]";
    }
}
