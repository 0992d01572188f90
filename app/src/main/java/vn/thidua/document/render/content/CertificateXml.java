package vn.thidua.document.render.content;

import vn.thidua.common.text.VietnameseDates;

/** The data XML of a {@link Certificate} (Giấy khen), read by {@code templates/certificate.xsl}. */
final class CertificateXml {

    private CertificateXml() {
    }

    static void write(DocumentXml xml, Certificate certificate) {
        DocumentHeader h = certificate.header();
        xml.out().start("award").attr("honorific", Boolean.toString(certificate.honorific()))
                .text(certificate.award().toUpperCase(java.util.Locale.forLanguageTag("vi"))).end();
        xml.out().element("power-holder", certificate.powerHolder())
                .element("recipient", certificate.recipient())
                .element("recipient-detail", certificate.recipientDetail())
                .element("achievement", certificate.achievement())
                .element("decision", "Số quyết định: " + h.number().display() + ", ngày " + VietnameseDates.shortForm(h.date()))
                .element("gold-book", "Số sổ vàng: " + certificate.goldBookNumber());
        xml.signature("signature", certificate.signature());
    }
}
