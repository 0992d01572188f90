package vn.thidua.document.render.content;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.thidua.common.text.VietnameseText;

/**
 * A thin, fluent wrapper over {@link XMLStreamWriter} for the data XML. Every string passes
 * through {@link VietnameseText#clean} (NFC, no control characters), and the writer escapes
 * markup, so user text such as {@code <fo:block>} or {@code ]]>} reaches the page as text.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private final XMLStreamWriter writer;

    XmlOut() {
        try {
            writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut start(String name) {
        try {
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOut end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Writes the attribute unless the value is {@code null}. */
    XmlOut attr(String name, String value) {
        if (value != null) {
            try {
                writer.writeAttribute(name, VietnameseText.clean(value));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** A length in ems, written with a dot whatever the default locale. */
    XmlOut em(double ems) {
        return attr("em", String.format(Locale.ROOT, "%.3f", ems));
    }

    XmlOut text(String value) {
        if (value != null) {
            try {
                writer.writeCharacters(VietnameseText.clean(value));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** {@code <name>value</name>}, or nothing when the value is {@code null}. */
    XmlOut element(String name, String value) {
        return value == null ? this : start(name).text(value).end();
    }

    byte[] finish() {
        try {
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
