package vn.thidua.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's verdict on PDF/A-2b conformance: the failed rules, empty when conformant.
 *
 * <p>veraPDF reads its validation profiles with JAXB 2.3 (javax.xml.bind), while Camunda puts
 * JAXB 4 (jakarta) under the same Maven coordinates on the classpath. The build copies the 2.3
 * runtime to {@code target/verapdf-jaxb2}; JAXB finds it through the context class loader, which
 * we point at a loader that serves those packages from there first.
 */
final class PdfA {

    private static final ClassLoader JAXB2 = jaxb2Loader();

    private PdfA() {
    }

    static synchronized List<String> violations2b(byte[] pdf) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JAXB2);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader jaxb2Loader() {
        Path dir = Path.of("target", "verapdf-jaxb2");
        try (Stream<Path> jars = Files.list(dir)) {
            URL[] urls = jars.filter(p -> p.toString().endsWith(".jar")).map(PdfA::url).toArray(URL[]::new);
            ClassLoader loader = new ChildFirst(urls, PdfA.class.getClassLoader());
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                VeraGreenfieldFoundryProvider.initialise(); // loads the profiles, with JAXB 2.3
            } finally {
                thread.setContextClassLoader(previous);
            }
            return loader;
        } catch (IOException e) {
            throw new UncheckedIOException("Run the Maven build first: " + dir + " holds veraPDF's JAXB 2.3", e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the JAXB 2.3 runtime packages from its own jars before asking the parent. */
    private static final class ChildFirst extends URLClassLoader {
        private static final List<String> OWN = List.of("com.sun.xml.bind.", "com.sun.istack.", "com.sun.xml.txw2.");

        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (OWN.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
