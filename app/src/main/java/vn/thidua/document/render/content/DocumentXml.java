package vn.thidua.document.render.content;

import java.util.List;
import vn.thidua.common.text.VietnameseDates;

/**
 * Turns a document record into the data XML its template reads. The XML carries words, not
 * layout: what is printed where, in which font, is the templates' business. Formatting that
 * XSLT 1.0 does badly (Vietnamese dates, numbers, text widths) is done here.
 *
 * <p>This class writes what every document shares (metadata, the NĐ 30 header, signature block,
 * "Nơi nhận", and the lists several types use); each type's own part is written by the class
 * beside its record, {@code <Type>Xml} ({@link PlanDocumentXml} for {@link PlanDocument}, …).
 */
public final class DocumentXml {

    /** Widths in ems in the document's font, regular or bold: the renderer measures them. */
    @FunctionalInterface
    public interface Widths {
        double em(String text, boolean bold);
    }

    /** Blanks a clerk fills in by hand on a draft: non-breaking, so FO keeps them. */
    static final String BLANK = "\u00A0".repeat(5);
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final XmlOut out = new XmlOut();
    private final Widths widths;

    private DocumentXml(Widths widths) {
        this.widths = widths;
    }

    public static byte[] write(DocumentContent content, Widths widths) {
        DocumentXml xml = new DocumentXml(widths);
        xml.out.start("document").attr("kind", content.kind().name()).attr("type-name", content.kind().typeName());
        xml.meta(content);
        xml.header(content.header());
        xml.body(content);
        return xml.out.end().finish();
    }

    /** The type's own part: one writer per record type, next to it in this package. */
    private void body(DocumentContent content) {
        if (content instanceof PlanDocument plan) {
            PlanDocumentXml.write(this, plan);
        } else if (content instanceof ReminderLetter letter) {
            ReminderLetterXml.write(this, letter);
        } else if (content instanceof UnitReport report) {
            UnitReportXml.write(this, report);
        } else if (content instanceof ConsolidatedReport report) {
            ConsolidatedReportXml.write(this, report);
        } else if (content instanceof AwardProposal proposal) {
            AwardProposalXml.write(this, proposal);
        } else if (content instanceof CouncilMinutes minutes) {
            CouncilMinutesXml.write(this, minutes);
        } else if (content instanceof AwardDecision decision) {
            AwardDecisionXml.write(this, decision);
        } else if (content instanceof Certificate certificate) {
            CertificateXml.write(this, certificate);
        } else if (content instanceof OutgoingRegister register) {
            OutgoingRegisterXml.write(this, register);
        } else if (content instanceof AuditReport report) {
            AuditReportXml.write(this, report);
        } else {
            throw new IllegalArgumentException("No XML mapping for " + content.getClass().getName());
        }
    }

    /** The writer the type writers add their elements with. */
    XmlOut out() {
        return out;
    }

    // ---- parts every document shares

    private void meta(DocumentContent content) {
        out.start("meta")
                .attr("title", content.title())
                .attr("creator", content.header().agencyName())
                .attr("reference", content.reference())
                .attr("keywords", content.keywords())
                .end();
    }

    private void header(DocumentHeader header) {
        out.start("header");
        out.start("motto").em(widths.em(MOTTO, true)).text(MOTTO).end();
        if (header.parentAgency() != null) {
            out.start("parent-agency").em(widths.em(header.parentAgency(), false)).text(header.parentAgency()).end();
        }
        for (String line : header.agencyLines()) {
            out.start("agency-line").em(widths.em(line, true)).text(line).end();
        }
        out.start("number").attr("draft", Boolean.toString(header.number().isDraft()))
                .text(header.number().display()).end();
        out.element("place-date", placeAndDate(header));
        out.end();
    }

    static String placeAndDate(DocumentHeader header) {
        if (header.date() == null) {
            return header.place() + ", " + blankDate(header);
        }
        return VietnameseDates.placeAndDate(header.place(), header.date());
    }

    /** "ngày      tháng      năm 2025": a draft's date, left for the clerk. */
    static String blankDate(DocumentHeader header) {
        return "ngày" + BLANK + "tháng" + BLANK + "năm " + header.draftYear();
    }

    /** Trích yếu, with its width (the rule under it is as long as the text). */
    void subject(String subject) {
        out.start("subject").em(widths.em(subject, true)).text(subject).end();
    }

    void signature(String element, SignatureBlock signature) {
        out.start(element);
        // "TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH" of a deputy's block are two lines (NĐ 30, ô 7a).
        if (signature.authority() != null) {
            for (String line : signature.authority().split("\n")) {
                out.element("authority", line.strip());
            }
        }
        out.element("title", signature.title())
                .element("signer", signature.signerName())
                .end();
    }

    void recipients(Recipients recipients) {
        out.start("recipients");
        for (String name : recipients.names()) {
            out.element("to", stripListPunctuation(name));
        }
        out.element("archive", recipients.archiveLine());
        out.end();
    }

    // ---- lists several types use

    void paragraphs(String wrapper, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        out.start(wrapper);
        for (String p : paragraphs) {
            out.element("p", p);
        }
        out.end();
    }

    /** "Kính gửi" lines. */
    void addressees(List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        out.start("addressees");
        for (String to : addressees) {
            out.element("to", stripListPunctuation(to));
        }
        out.end();
    }

    void sections(List<PlanSection> sections) {
        for (PlanSection section : sections) {
            out.start("section");
            out.element("heading", section.heading());
            for (String p : section.paragraphs()) {
                out.element("p", p);
            }
            sections(section.children());
            out.end();
        }
    }

    void nominees(String element, List<Nominee> nominees) {
        if (nominees.isEmpty()) {
            return;
        }
        out.start(element);
        for (Nominee n : nominees) {
            out.start("nominee").element("gold-book", n.goldBook()).element("name", n.name()).element("description", n.description())
                    .element("award", n.awardForm())
                    .element("amount", n.amount() == null ? null : money(n.amount())).end();
        }
        out.end();
    }

    /** "2.340.000 đồng": whole đồng, dots between thousands. */
    static String money(java.math.BigDecimal amount) {
        return vn.thidua.common.text.VietnameseNumbers.format(amount.setScale(0, java.math.RoundingMode.HALF_UP)) + " đồng";
    }

    /** The targets' table of a report: threshold, result and, when known, Đạt / Không đạt. */
    void results(List<TargetResult> results) {
        out.start("results");
        for (TargetResult r : results) {
            out.start("target");
            if (r.achieved() != null) {
                out.attr("achieved", r.achieved().toString());
            }
            out.element("name", r.name()).element("threshold", r.threshold().display())
                    .element("result", r.resultText()).end();
        }
        out.end();
    }

    /** "- Sở Nội vụ;" → "Sở Nội vụ": the template adds the dash and the right ending. */
    static String stripListPunctuation(String item) {
        return item.strip().replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
    }
}
