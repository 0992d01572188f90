package vn.thidua.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs poppler's pdfsig, an independent verifier, on a file. */
final class Pdfsig {

    private Pdfsig() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig"));
    }

    static String run(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", "-nocert", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
