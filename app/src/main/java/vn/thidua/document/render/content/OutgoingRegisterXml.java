package vn.thidua.document.render.content;

/** The data XML of the {@link OutgoingRegister} (Sổ đăng ký văn bản đi), read by {@code templates/register.xsl}. */
final class OutgoingRegisterXml {

    private OutgoingRegisterXml() {
    }

    static void write(DocumentXml xml, OutgoingRegister register) {
        XmlOut out = xml.out();
        out.element("title", register.heading());
        out.start("sequences");
        for (OutgoingRegister.Sequence sequence : register.sequences()) {
            out.start("sequence").attr("count", Integer.toString(sequence.entries().size()))
                    .element("name", sequence.name());
            for (OutgoingRegister.Entry e : sequence.entries()) {
                out.start("entry")
                        .element("number", e.numberAndNotation())
                        .element("date", e.issuedOn().format(OutgoingRegister.DATE))
                        .element("kind", e.kind())
                        .element("subject", e.subject())
                        .element("signer", e.signer())
                        .element("issuer", e.issuer())
                        .element("recipients", e.recipients())
                        .element("sha256", e.shortSha256())
                        .end();
            }
            out.end();
        }
        out.end();
    }
}
