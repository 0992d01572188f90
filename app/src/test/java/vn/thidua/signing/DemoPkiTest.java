package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.signing.demo.DemoPki.DemoAgency;
import vn.thidua.signing.demo.DemoPki.DemoPerson;
import vn.thidua.signing.demo.DemoPki.DemoPkiFiles;
import vn.thidua.signing.key.KeyStoreLoader;
import vn.thidua.signing.key.SigningKey;

class DemoPkiTest {

    @Test
    void rerunningReusesEveryFileAndANewPersonGetsACertificateFromTheSameCa() throws Exception {
        DemoPkiFiles first = TestPki.files();
        Map<Path, byte[]> before = snapshot(TestPki.DIRECTORY);

        DemoPkiFiles again = new DemoPki(TestPki.DIRECTORY, TestPki.PASSWORD).ensure(
                List.of(new DemoPerson("khang", "Phạm Minh Khang"), new DemoPerson("lan", "Nguyễn Thị Lan"),
                        new DemoPerson("minh", "Lê Văn Minh")),
                new DemoAgency("ubnd-thach-khoi", "Ủy ban nhân dân phường Thạch Khôi"));

        assertThat(again.caCertificate()).isEqualTo(first.caCertificate());
        Map<Path, byte[]> after = snapshot(TestPki.DIRECTORY);
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path.toString()).isEqualTo(bytes));
        SigningKey minh = new KeyStoreLoader().load(again.people().get("minh").keyStore());
        minh.certificate().verify(first.caCertificate().getPublicKey());
        assertThat(minh.certificate().getKeyUsage()[1]).as("non-repudiation").isTrue();
        assertThat(Files.readString(first.caCertificatePem())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void theSignatureImageIsBlueOnTransparent() throws Exception {
        int[] colour = dominantInk(TestPki.chairmanSignaturePng());
        assertThat(colour[2]).isGreaterThan(colour[0] + 60).isGreaterThan(colour[1] + 60);
    }

    @Test
    void theSealIsRedRoundOnTransparent() throws Exception {
        BufferedImage seal = ImageIO.read(new ByteArrayInputStream(TestPki.sealPng()));
        assertThat(seal.getWidth()).isEqualTo(seal.getHeight());
        int centre = seal.getWidth() / 2;
        assertThat(seal.getRGB(centre, centre) >>> 24).as("star in the middle").isGreaterThan(200);
        int[] colour = dominantInk(TestPki.sealPng());
        assertThat(colour[0]).isGreaterThan(colour[1] + 100).isGreaterThan(colour[2] + 100);
    }

    /** Average colour of the opaque pixels; also checks the corners are transparent. */
    private static int[] dominantInk(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        long r = 0, g = 0, b = 0, n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 200) {
                    r += (argb >> 16) & 0xff;
                    g += (argb >> 8) & 0xff;
                    b += argb & 0xff;
                    n++;
                }
            }
        }
        assertThat(n).as("some ink").isGreaterThan(500);
        return new int[] {(int) (r / n), (int) (g / n), (int) (b / n)};
    }

    private static Map<Path, byte[]> snapshot(Path directory) throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path path : list.toList()) {
                files.put(path.getFileName(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
