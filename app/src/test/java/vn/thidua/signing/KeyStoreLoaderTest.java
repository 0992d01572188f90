package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thidua.signing.key.KeyStoreAccessException;
import vn.thidua.signing.key.KeyStoreAccessException.Reason;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.KeyStoreRef;
import vn.thidua.signing.key.SigningKey;

class KeyStoreLoaderTest {

    private final KeyStoreLoader loader = new KeyStoreLoader();

    @Test
    void loadsTheKeyAndChainWithoutAnAlias() {
        Path store = TestPki.files().people().get("khang").keyStore().path();

        SigningKey key = loader.load(KeyStoreRef.of(store, TestPki.PASSWORD));

        assertThat(key.privateKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(key.chain()).hasSize(2);
        assertThat(key.chain().get(1)).isEqualTo(TestPki.files().caCertificate());
    }

    @Test
    void aWrongPasswordSaysSo() {
        Path store = TestPki.files().agency().keyStore().path();

        assertThatThrownBy(() -> loader.load(KeyStoreRef.of(store, "not-the-password")))
                .isInstanceOfSatisfying(KeyStoreAccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD))
                .hasMessageContaining("Sai mật khẩu kho khóa")
                .hasMessageContaining("wrong key store password");
    }

    @Test
    void aMissingFileIsToldApartFromAWrongPassword() {
        assertThatThrownBy(() -> loader.load(KeyStoreRef.of(Path.of("target/no-such-store.p12"), TestPki.PASSWORD)))
                .isInstanceOfSatisfying(KeyStoreAccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FILE_MISSING))
                .hasMessageContaining("Không tìm thấy tệp kho khóa")
                .hasMessageContaining("no-such-store.p12");
    }

    @Test
    void anUnknownAliasHasNoKey() {
        Path store = TestPki.files().agency().keyStore().path();

        assertThatThrownBy(() -> loader.load(new KeyStoreRef(store, TestPki.PASSWORD.toCharArray(), "nobody")))
                .isInstanceOfSatisfying(KeyStoreAccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PRIVATE_KEY));
    }

    @Test
    void theRefNeverPrintsItsPassword() {
        assertThat(KeyStoreRef.of(Path.of("x.p12"), "secret").toString()).doesNotContain("secret");
    }
}
