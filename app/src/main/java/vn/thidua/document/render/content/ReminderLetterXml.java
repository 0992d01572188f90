package vn.thidua.document.render.content;

/** The data XML of a {@link ReminderLetter} (Công văn đôn đốc), read by {@code templates/reminder.xsl}. */
final class ReminderLetterXml {

    private ReminderLetterXml() {
    }

    static void write(DocumentXml xml, ReminderLetter letter) {
        // A Công văn prints its trích yếu "V/v ..." under the number, without a measured rule.
        xml.out().element("subject", "V/v " + letter.subject());
        xml.addressees(letter.addressees());
        xml.paragraphs("body", letter.paragraphs());
        xml.signature("signature", letter.signature());
        xml.recipients(letter.recipients());
    }
}
