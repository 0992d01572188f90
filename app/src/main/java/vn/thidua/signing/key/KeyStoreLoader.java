package vn.thidua.signing.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.signing.key.KeyStoreAccessException.Reason;

/** Opens PKCS#12 key stores and tells a missing file apart from a wrong password. */
@Component
public class KeyStoreLoader {

    public SigningKey load(KeyStoreRef ref) {
        if (!Files.isRegularFile(ref.path())) {
            throw new KeyStoreAccessException(Reason.FILE_MISSING,
                    "Không tìm thấy tệp kho khóa " + ref.path() + " / key store file not found: " + ref.path(), null);
        }
        char[] password = ref.password();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ref.path())) {
                store.load(in, password);
            }
            String alias = ref.alias() != null ? ref.alias() : firstKeyAlias(store, ref);
            Key key = store.getKey(alias, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw noKey(ref, "alias '" + alias + "'");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(alias)) {
                chain.add((X509Certificate) c);
            }
            return new SigningKey(privateKey, chain);
        } catch (IOException e) {
            // The JDK reports a wrong PKCS#12 password as an IOException caused by UnrecoverableKeyException.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(ref, e);
            }
            throw new KeyStoreAccessException(Reason.UNREADABLE,
                    "Không đọc được kho khóa " + ref.path() + " / cannot read key store: " + e.getMessage(), e);
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(ref, e);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException(Reason.UNREADABLE,
                    "Không đọc được kho khóa " + ref.path() + " / cannot read key store: " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static String firstKeyAlias(KeyStore store, KeyStoreRef ref) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw noKey(ref, "any alias");
    }

    private static KeyStoreAccessException noKey(KeyStoreRef ref, String where) {
        return new KeyStoreAccessException(Reason.NO_PRIVATE_KEY, "Kho khóa " + ref.path()
                + " không có khóa bí mật (" + where + ") / key store holds no private key at " + where, null);
    }

    private static KeyStoreAccessException wrongPassword(KeyStoreRef ref, Exception e) {
        return new KeyStoreAccessException(Reason.WRONG_PASSWORD, "Sai mật khẩu kho khóa " + ref.path()
                + " / wrong key store password", e);
    }
}
