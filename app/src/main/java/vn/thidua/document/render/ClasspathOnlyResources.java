package vn.thidua.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only door through which templates and FOP reach resources: it serves files under
 * {@code classpath:/templates/} and refuses everything else ({@code file:}, {@code http:},
 * {@code ../}), so neither a template nor a crafted FO can read the server's files or call out.
 *
 * <p>Serves XSLT includes ({@link URIResolver}) and FOP's fonts and images
 * ({@link ResourceResolver}). What it reads is kept in memory: the set is small and fixed
 * (templates and four fonts), and re-reading fonts from the jar at every render is waste.
 */
final class ClasspathOnlyResources implements URIResolver, ResourceResolver {

    static final URI BASE = URI.create("classpath:/templates/");
    private static final String ROOT = "/templates/";

    private final Map<URI, byte[]> cache = new ConcurrentHashMap<>();
    private final LicensedFonts licensedFonts;

    ClasspathOnlyResources() {
        this(LicensedFonts.none());
    }

    ClasspathOnlyResources(LicensedFonts licensedFonts) {
        this.licensedFonts = licensedFonts;
    }

    /** The bytes of an allowed resource, or an {@link IOException} that says why not. */
    byte[] read(URI uri) throws IOException {
        URI normalized = uri.normalize();
        String path = normalized.getPath();
        if (!"classpath".equals(normalized.getScheme()) || path == null
                || !path.startsWith(ROOT) || path.contains("..")) {
            throw new IOException("Refused to read \"" + uri
                    + "\": documents may only use resources under " + BASE);
        }
        try {
            return cache.computeIfAbsent(normalized, key -> licensedOrBundled(path));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private byte[] licensedOrBundled(String path) {
        try {
            return licensedFonts.replacementFor(path.substring(ROOT.length())).orElseGet(() -> load(path.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = ClasspathOnlyResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("No such resource on the classpath: " + resource));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stylesheet by name relative to the templates folder, e.g. "plan.xsl". */
    Source stylesheet(String name) throws TransformerException {
        return resolve(name, BASE.toString());
    }

    @Override
    public Source resolve(String href, String base) throws TransformerException {
        try {
            URI uri = (base == null || base.isEmpty() ? BASE : new URI(base)).resolve(new URI(href));
            return new StreamSource(new ByteArrayInputStream(read(uri)), uri.toString());
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            throw new TransformerException("Template resource \"" + href + "\" refused: " + e.getMessage(), e);
        }
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        return new Resource(new ByteArrayInputStream(read(uri)));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("Refused to write \"" + uri + "\": rendering writes nothing but the PDF");
    }
}
