package vn.thidua.document.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Collects the FOP events that make a document unfit to issue. FOP only warns when it
 * substitutes a font or lacks a glyph (it prints "#" and carries on), and when text runs past a
 * margin; for an official document each of these is a failure.
 */
final class RenderProblems implements EventListener {

    private static final Set<String> FAILING_EVENTS = Set.of(
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
            "org.apache.fop.layoutmgr.inline.InlineLevelEventProducer.lineOverflows",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.objectTooWide",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.regionOverflow",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.staticRegionOverflow",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.viewportIPDOverflow",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.viewportBPDOverflow");

    private final List<String> problems = new ArrayList<>();

    @Override
    public synchronized void processEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.ERROR || severity == EventSeverity.FATAL
                || FAILING_EVENTS.contains(event.getEventID())) {
            problems.add(EventFormatter.format(event, Locale.ENGLISH));
        }
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
