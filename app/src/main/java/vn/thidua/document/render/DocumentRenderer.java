package vn.thidua.document.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.springframework.stereotype.Component;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.DocumentXml;

/**
 * Renders official documents as PDF/A-2b in the layout of Decree 30/2020.
 *
 * <p>Pipeline: record → data XML ({@link DocumentXml}, a real XML writer, with one class per type
 * beside its record) → the type's XSLT in {@code templates/} → XSL-FO streamed as SAX events
 * straight into FOP → PDF. Thread-safe: compiled stylesheets are shared, FOP factories are
 * borrowed one per render. Construct it plainly ({@code new DocumentRenderer()}) or let Spring
 * make the bean; it needs no configuration.
 */
@Component
public class DocumentRenderer {

    private final ClasspathOnlyResources resources;
    private final TextWidths widths = new TextWidths();
    private final TemplateCatalog templates;
    private final FopFactoryPool factories;

    /** Bundled Liberation Serif, or the licensed Times New Roman the deployment points to. */
    public DocumentRenderer() {
        this(LicensedFonts.fromEnvironment());
    }

    DocumentRenderer(LicensedFonts fonts) {
        this.resources = new ClasspathOnlyResources(fonts);
        this.templates = new TemplateCatalog(resources);
        this.factories = new FopFactoryPool(resources);
    }

    /**
     * @return the PDF bytes
     * @throws DocumentRenderException if the document cannot be produced exactly as required
     *                                 (the message names the document and the problem)
     */
    public byte[] render(DocumentContent content) {
        Objects.requireNonNull(content, "content");
        String what = describe(content);
        byte[] xml = DocumentXml.write(content, widths);
        return toPdf(what, fop -> templates.newTransformer(TemplateCatalog.stylesheetFor(content))
                .transform(new StreamSource(new ByteArrayInputStream(xml)), fop));
    }

    /**
     * The XSL-FO a document is made from, as text: to inspect a layout, and for the benchmark's
     * plain-FOP baseline.
     */
    public String renderFo(DocumentContent content) {
        Objects.requireNonNull(content, "content");
        StringWriter fo = new StringWriter();
        try {
            templates.newTransformer(TemplateCatalog.stylesheetFor(content)).transform(
                    new StreamSource(new ByteArrayInputStream(DocumentXml.write(content, widths))), new StreamResult(fo));
        } catch (TransformerException e) {
            throw new DocumentRenderException(describe(content) + " could not be transformed: "
                    + e.getMessageAndLocation(), e);
        }
        return fo.toString();
    }

    /** Renders ready-made XSL-FO through the same guarded FOP set-up (tests use this). */
    byte[] renderFo(String what, Source fo) {
        return toPdf(what, result -> {
            Transformer identity = TransformerFactory.newDefaultInstance().newTransformer();
            identity.transform(fo, result);
        });
    }

    private interface FoProducer {
        void writeTo(Result foResult) throws TransformerException;
    }

    private byte[] toPdf(String what, FoProducer producer) {
        FopFactory factory = factories.borrow();
        try {
            RenderProblems problems = new RenderProblems();
            FOUserAgent agent = factory.newFOUserAgent();
            agent.getEventBroadcaster().addEventListener(problems);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
            producer.writeTo(new SAXResult(fop.getDefaultHandler()));
            List<String> found = problems.problems();
            if (!found.isEmpty()) {
                throw new DocumentRenderException(what + " is not fit to issue: " + String.join("; ", found));
            }
            return pdf.toByteArray();
        } catch (TransformerException e) {
            throw new DocumentRenderException(what + " could not be rendered: " + rootMessage(e), e);
        } catch (DocumentRenderException e) {
            throw e;
        } catch (Exception e) {
            throw new DocumentRenderException(what + " could not be rendered: " + rootMessage(e), e);
        } finally {
            factories.giveBack(factory);
        }
    }

    private static String describe(DocumentContent content) {
        String reference = content.reference();
        return content.kind().displayName() + " " + (reference == null ? "(dự thảo)" : reference);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
