package vn.thidua.document.render.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.PlanJson;
import vn.thidua.document.render.SampleDocuments;
import vn.thidua.document.render.content.DocumentContent;

/**
 * Renders one document to a file, without starting the application:
 * <pre>
 * PreviewDocument plan &lt;plan.json&gt; &lt;out.pdf&gt;   a plan from its JSON
 * PreviewDocument &lt;type&gt; &lt;out.pdf&gt;            a sample: reminder, unit-report, consolidated-report,
 *                                         proposal, minutes, decision, certificate, plan
 * PreviewDocument all &lt;directory&gt;             every sample
 * </pre>
 * An output ending in ".fo" gets the XSL-FO instead of the PDF.
 */
public final class PreviewDocument {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PreviewDocument plan <plan.json> <out.pdf> | <type> <out.pdf> | all <dir>; types: "
                    + new TreeSet<>(SampleDocuments.all().keySet()));
            System.exit(2);
        }
        DocumentRenderer renderer = new DocumentRenderer();
        if ("all".equals(args[0])) {
            Path dir = Path.of(args[1]);
            Files.createDirectories(dir);
            for (Map.Entry<String, DocumentContent> sample : SampleDocuments.all().entrySet()) {
                write(renderer, sample.getValue(), dir.resolve(sample.getKey() + ".pdf"));
            }
            return;
        }
        DocumentContent content;
        Path out;
        if ("plan".equals(args[0]) && args.length >= 3) {
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                content = PlanJson.read(in).document();
            }
            out = Path.of(args[2]);
        } else {
            content = SampleDocuments.all().get(args[0]);
            if (content == null) {
                throw new IllegalArgumentException("Unknown type " + args[0] + "; known: "
                        + new TreeSet<>(SampleDocuments.all().keySet()));
            }
            out = Path.of(args[1]);
        }
        write(renderer, content, out);
    }

    private static void write(DocumentRenderer renderer, DocumentContent content, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        if (out.toString().endsWith(".fo")) {
            Files.writeString(out, renderer.renderFo(content));
        } else {
            Files.write(out, renderer.render(content));
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
