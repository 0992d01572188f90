package vn.thidua.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.xml.sax.SAXException;

/**
 * FOP 2.11's {@link FopFactory} is not thread-safe (measured: concurrent renders on one factory
 * threw NPEs or silently lost embedded fonts), so each render borrows a factory of its own and
 * gives it back. The pool grows to the highest concurrency seen and no further; unlike a
 * ThreadLocal it does not pin a factory to every thread of a large web pool.
 */
final class FopFactoryPool {

    private final ClasspathOnlyResources resources;
    private final byte[] configuration;
    private final ConcurrentLinkedDeque<FopFactory> idle = new ConcurrentLinkedDeque<>();

    FopFactoryPool(ClasspathOnlyResources resources) {
        this.resources = resources;
        try {
            this.configuration = resources.read(ClasspathOnlyResources.BASE.resolve("fop.xconf"));
        } catch (IOException e) {
            throw new DocumentRenderException("FOP configuration templates/fop.xconf is missing", e);
        }
        giveBack(create()); // fail at construction, not at the first render, if the config is wrong
    }

    FopFactory borrow() {
        FopFactory factory = idle.pollFirst();
        return factory != null ? factory : create();
    }

    void giveBack(FopFactory factory) {
        idle.offerFirst(factory);
    }

    private FopFactory create() {
        try {
            return new FopConfParser(new ByteArrayInputStream(configuration), ClasspathOnlyResources.BASE, resources)
                    .getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new DocumentRenderException("FOP configuration templates/fop.xconf is invalid: " + e.getMessage(), e);
        }
    }
}
