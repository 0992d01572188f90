package vn.thidua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The faces the issue stamps (number, date) are written in: the same as the document's, so the
 * filled blanks look typed. A licensed Times New Roman when the deployment supplies one (the same
 * setting the renderer reads), else the bundled Liberation Serif.
 */
final class DocumentFonts {

    private DocumentFonts() {
    }

    static byte[] regular() {
        return read("times.ttf", "LiberationSerif-Regular.ttf");
    }

    static byte[] italic() {
        return read("timesi.ttf", "LiberationSerif-Italic.ttf");
    }

    private static byte[] read(String licensed, String bundled) {
        String dir = System.getProperty("thidua.fonts.times-new-roman-dir", System.getenv("THIDUA_TIMES_NEW_ROMAN_DIR"));
        try {
            if (dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir, licensed))) {
                return Files.readAllBytes(Path.of(dir, licensed));
            }
            try (InputStream in = DocumentFonts.class.getResourceAsStream("/templates/fonts/" + bundled)) {
                if (in == null) {
                    throw new IllegalStateException("templates/fonts/" + bundled + " missing from the classpath");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
