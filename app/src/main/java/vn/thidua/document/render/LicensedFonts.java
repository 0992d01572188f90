package vn.thidua.document.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A licensed Times New Roman supplied at deploy time, used in place of the bundled Liberation
 * Serif (same metrics, so nothing reflows). Point {@code THIDUA_TIMES_NEW_ROMAN_DIR} (or the system
 * property {@code thidua.fonts.times-new-roman-dir}) at a folder holding the four Windows files
 * times.ttf, timesbd.ttf, timesi.ttf and timesbi.ttf. Only those four files are ever read from it.
 */
final class LicensedFonts {

    static final String PROPERTY = "thidua.fonts.times-new-roman-dir";
    static final String ENVIRONMENT = "THIDUA_TIMES_NEW_ROMAN_DIR";

    /** Bundled font (as the FOP configuration names it) → the licensed file that replaces it. */
    private static final Map<String, String> REPLACEMENTS = Map.of(
            "fonts/LiberationSerif-Regular.ttf", "times.ttf",
            "fonts/LiberationSerif-Bold.ttf", "timesbd.ttf",
            "fonts/LiberationSerif-Italic.ttf", "timesi.ttf",
            "fonts/LiberationSerif-BoldItalic.ttf", "timesbi.ttf");

    private final Path directory;

    private LicensedFonts(Path directory) {
        this.directory = directory;
    }

    /** From the system property or the environment; none configured means the bundled fonts. */
    static LicensedFonts fromEnvironment() {
        String dir = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return dir == null || dir.isBlank() ? none() : in(Path.of(dir));
    }

    static LicensedFonts none() {
        return new LicensedFonts(null);
    }

    /** Fails at once (not at the first document) when a file is missing. */
    static LicensedFonts in(Path directory) {
        for (String file : REPLACEMENTS.values()) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw new DocumentRenderException("Licensed Times New Roman: " + directory.resolve(file)
                        + " is missing (needed: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf)");
            }
        }
        return new LicensedFonts(directory);
    }

    /** The licensed bytes for a bundled font path under templates/, if one replaces it. */
    Optional<byte[]> replacementFor(String templatesRelativePath) throws IOException {
        if (directory == null) {
            return Optional.empty();
        }
        String file = REPLACEMENTS.get(templatesRelativePath);
        return file == null ? Optional.empty() : Optional.of(Files.readAllBytes(directory.resolve(file)));
    }
}
