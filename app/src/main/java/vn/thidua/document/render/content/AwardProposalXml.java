package vn.thidua.document.render.content;

/** The data XML of an {@link AwardProposal} (Tờ trình), read by {@code templates/proposal.xsl}. */
final class AwardProposalXml {

    private AwardProposalXml() {
    }

    static void write(DocumentXml xml, AwardProposal proposal) {
        xml.subject(proposal.subject());
        xml.addressees(proposal.addressees());
        xml.paragraphs("introduction", proposal.introduction());
        xml.nominees("collectives", proposal.collectives());
        xml.nominees("individuals", proposal.individuals());
        xml.paragraphs("closing", proposal.closing());
        xml.signature("signature", proposal.signature());
        xml.recipients(proposal.recipients());
    }
}
