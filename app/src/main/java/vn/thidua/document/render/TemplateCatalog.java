package vn.thidua.document.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import vn.thidua.document.render.content.AuditReport;
import vn.thidua.document.render.content.AwardDecision;
import vn.thidua.document.render.content.AwardProposal;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.ConsolidatedReport;
import vn.thidua.document.render.content.CouncilMinutes;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.OutgoingRegister;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.ReminderLetter;
import vn.thidua.document.render.content.UnitReport;

/**
 * One compiled stylesheet per document type, compiled on first use and then shared: compiled
 * {@link Templates} are thread-safe, a {@link Transformer} is made per render.
 *
 * <p>We ask for the JDK's own XSLT 1.0 processor ({@link TransformerFactory#newDefaultInstance})
 * rather than whatever the classpath offers: veraPDF brings Saxon into the test classpath, and
 * tests must exercise the engine production uses.
 */
final class TemplateCatalog {

    private static final ErrorListener FAIL_ON_ERROR = new ErrorListener() {
        @Override
        public void warning(TransformerException exception) {
            // Warnings (e.g. an xsl:message without terminate) do not make the document wrong.
        }

        @Override
        public void error(TransformerException exception) throws TransformerException {
            throw exception;
        }

        @Override
        public void fatalError(TransformerException exception) throws TransformerException {
            throw exception;
        }
    };

    private final ClasspathOnlyResources resources;
    private final TransformerFactory factory;
    private final Map<String, Templates> compiled = new ConcurrentHashMap<>();

    TemplateCatalog(ClasspathOnlyResources resources) {
        this.resources = resources;
        this.factory = TransformerFactory.newDefaultInstance();
        try {
            // No extension functions; external access only through our resolver.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("XSLT processor refuses secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        factory.setURIResolver(resources);
        factory.setErrorListener(FAIL_ON_ERROR);
    }

    static String stylesheetFor(DocumentContent content) {
        if (content instanceof PlanDocument) {
            return "plan.xsl";
        } else if (content instanceof ReminderLetter) {
            return "reminder.xsl";
        } else if (content instanceof UnitReport) {
            return "unit-report.xsl";
        } else if (content instanceof ConsolidatedReport) {
            return "consolidated-report.xsl";
        } else if (content instanceof AwardProposal) {
            return "proposal.xsl";
        } else if (content instanceof CouncilMinutes) {
            return "minutes.xsl";
        } else if (content instanceof AwardDecision) {
            return "decision.xsl";
        } else if (content instanceof Certificate) {
            return "certificate.xsl";
        } else if (content instanceof OutgoingRegister) {
            return "register.xsl";
        } else if (content instanceof AuditReport) {
            return "audit-report.xsl";
        }
        throw new IllegalArgumentException("No template for " + content.getClass().getName());
    }

    Transformer newTransformer(String stylesheet) throws TransformerException {
        Transformer transformer = compiled.computeIfAbsent(stylesheet, this::compile).newTransformer();
        transformer.setURIResolver(resources);
        transformer.setErrorListener(FAIL_ON_ERROR);
        return transformer;
    }

    private Templates compile(String stylesheet) {
        synchronized (factory) { // a TransformerFactory is not thread-safe
            try {
                return factory.newTemplates(resources.stylesheet(stylesheet));
            } catch (TransformerException e) {
                throw new DocumentRenderException("Template " + stylesheet + " does not compile: "
                        + e.getMessageAndLocation(), e);
            }
        }
    }
}
