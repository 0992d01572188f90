package vn.thidua.document.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.text.VietnameseNumbers;
import vn.thidua.document.render.content.AuditReport;
import vn.thidua.document.render.content.AwardDecision;
import vn.thidua.document.render.content.AwardGroup;
import vn.thidua.document.render.content.AwardProposal;
import vn.thidua.document.render.content.Attendee;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.ConsolidatedReport;
import vn.thidua.document.render.content.CouncilMinutes;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.Nominee;
import vn.thidua.document.render.content.OutgoingRegister;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.Recipients;
import vn.thidua.document.render.content.ReminderLetter;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.document.render.content.TargetResult;
import vn.thidua.document.render.content.UnitReport;
import vn.thidua.document.render.content.VoteTally;

/**
 * Turns a document record into the data XML its template reads. The XML carries words, not
 * layout: what is printed where, in which font, is the templates' business. Formatting that
 * XSLT 1.0 does badly (Vietnamese dates, numbers, text widths) is done here.
 */
final class DocumentXmlWriter {

    /** Blanks a clerk fills in by hand on a draft: non-breaking, so FO keeps them. */
    private static final String BLANK = "\u00A0".repeat(5);
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final TextWidths widths;

    DocumentXmlWriter(TextWidths widths) {
        this.widths = widths;
    }

    byte[] write(DocumentContent content) {
        XmlOut out = new XmlOut();
        out.start("document").attr("kind", content.kind().name()).attr("type-name", content.kind().typeName());
        meta(out, content);
        header(out, content.header());
        if (content instanceof PlanDocument plan) {
            plan(out, plan);
        } else if (content instanceof ReminderLetter letter) {
            reminder(out, letter);
        } else if (content instanceof UnitReport report) {
            unitReport(out, report);
        } else if (content instanceof ConsolidatedReport report) {
            consolidatedReport(out, report);
        } else if (content instanceof AwardProposal proposal) {
            proposal(out, proposal);
        } else if (content instanceof CouncilMinutes minutes) {
            minutes(out, minutes);
        } else if (content instanceof AwardDecision decision) {
            decision(out, decision);
        } else if (content instanceof Certificate certificate) {
            certificate(out, certificate);
        } else if (content instanceof OutgoingRegister register) {
            register(out, register);
        } else if (content instanceof AuditReport report) {
            auditReport(out, report);
        } else {
            throw new IllegalArgumentException("No XML mapping for " + content.getClass().getName());
        }
        return out.end().finish();
    }

    // ---- parts every document shares

    private void meta(XmlOut out, DocumentContent content) {
        out.start("meta")
                .attr("title", content.title())
                .attr("creator", content.header().agencyName())
                .attr("reference", content.reference())
                .attr("keywords", content.keywords())
                .end();
    }

    private void header(XmlOut out, DocumentHeader header) {
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
            return header.place() + ", ngày" + BLANK + "tháng" + BLANK + "năm " + header.draftYear();
        }
        return VietnameseDates.placeAndDate(header.place(), header.date());
    }

    private void subject(XmlOut out, String subject) {
        out.start("subject").em(widths.em(subject, true)).text(subject).end();
    }

    private static void paragraphs(XmlOut out, String wrapper, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        out.start(wrapper);
        for (String p : paragraphs) {
            out.element("p", p);
        }
        out.end();
    }

    private static void addressees(XmlOut out, List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        out.start("addressees");
        for (String to : addressees) {
            out.element("to", stripListPunctuation(to));
        }
        out.end();
    }

    private static void signature(XmlOut out, String element, SignatureBlock signature) {
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

    private static void recipients(XmlOut out, Recipients recipients) {
        out.start("recipients");
        for (String name : recipients.names()) {
            out.element("to", stripListPunctuation(name));
        }
        out.element("archive", recipients.archiveLine());
        out.end();
    }

    /** "- Sở Nội vụ;" → "Sở Nội vụ": the template adds the dash and the right ending. */
    static String stripListPunctuation(String item) {
        return item.strip().replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
    }

    private static void sections(XmlOut out, List<PlanSection> sections) {
        for (PlanSection section : sections) {
            out.start("section");
            out.element("heading", section.heading());
            for (String p : section.paragraphs()) {
                out.element("p", p);
            }
            sections(out, section.children());
            out.end();
        }
    }

    private static void nominees(XmlOut out, String element, List<Nominee> nominees) {
        if (nominees.isEmpty()) {
            return;
        }
        out.start(element);
        for (Nominee n : nominees) {
            out.start("nominee").element("name", n.name()).element("description", n.description())
                    .element("award", n.awardForm()).end();
        }
        out.end();
    }

    private static void results(XmlOut out, List<TargetResult> results) {
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

    // ---- one method per document type

    private void plan(XmlOut out, PlanDocument plan) {
        subject(out, plan.subject());
        out.start("body");
        sections(out, plan.sections());
        out.end();
        signature(out, "signature", plan.signature());
        recipients(out, plan.recipients());
    }

    private void reminder(XmlOut out, ReminderLetter letter) {
        out.element("subject", "V/v " + letter.subject());
        addressees(out, letter.addressees());
        paragraphs(out, "body", letter.paragraphs());
        signature(out, "signature", letter.signature());
        recipients(out, letter.recipients());
    }

    private void unitReport(XmlOut out, UnitReport report) {
        subject(out, report.subject());
        addressees(out, report.addressees());
        out.start("launch")
                .element("date", VietnameseDates.shortForm(report.launch().launchedOn()))
                .element("form", stripListPunctuation(report.launch().form()))
                .element("participants", orNull(report.launch().participants()))
                .element("theme", orNull(report.launch().theme()))
                .end();
        results(out, report.results());
        paragraphs(out, "examples", report.outstandingExamples());
        paragraphs(out, "difficulties", report.difficulties());
        paragraphs(out, "proposals", report.proposals());
        signature(out, "signature", report.signature());
        recipients(out, report.recipients());
    }

    private void consolidatedReport(XmlOut out, ConsolidatedReport report) {
        subject(out, report.subject());
        addressees(out, report.addressees());
        paragraphs(out, "introduction", report.introduction());
        out.start("summary").attr("achieved", Long.toString(report.achievedCount()))
                .attr("total", Integer.toString(report.results().size())).end();
        results(out, report.results());
        out.start("body");
        sections(out, report.sections());
        out.end();
        signature(out, "signature", report.signature());
        recipients(out, report.recipients());
    }

    private void proposal(XmlOut out, AwardProposal proposal) {
        subject(out, proposal.subject());
        addressees(out, proposal.addressees());
        paragraphs(out, "introduction", proposal.introduction());
        nominees(out, "collectives", proposal.collectives());
        nominees(out, "individuals", proposal.individuals());
        paragraphs(out, "closing", proposal.closing());
        signature(out, "signature", proposal.signature());
        recipients(out, proposal.recipients());
    }

    private void minutes(XmlOut out, CouncilMinutes minutes) {
        subject(out, minutes.subject());
        out.start("opening")
                .element("time", clock(minutes.startedAt().toLocalTime()))
                .element("date", VietnameseDates.longForm(minutes.startedAt().toLocalDate()))
                .element("venue", minutes.venue())
                .end();
        attendee(out, "chair", minutes.chair());
        attendee(out, "secretary", minutes.secretary());
        out.start("attendance").attr("total", twoDigits(minutes.totalMembers()))
                .attr("present", twoDigits(minutes.present().size()))
                .attr("absent", twoDigits(minutes.absent().size()));
        for (Attendee a : minutes.present()) {
            attendee(out, "present", a);
        }
        for (Attendee a : minutes.absent()) {
            attendee(out, "absent", a);
        }
        out.end();
        paragraphs(out, "proceedings", minutes.proceedings());
        out.start("votes");
        for (VoteTally v : minutes.votes()) {
            out.start("vote").attr("passed", Boolean.toString(v.passed()))
                    .element("candidate", v.candidate()).element("award", v.awardForm())
                    .element("for", Integer.toString(v.votesFor()))
                    .element("against", Integer.toString(v.votesAgainst()))
                    .element("share", share(v.votesFor(), minutes.totalMembers()))
                    .end();
        }
        out.end();
        paragraphs(out, "conclusions", minutes.conclusions());
        out.element("closing-time", clock(minutes.endedAt()));
        signature(out, "secretary-signature", minutes.secretarySignature());
        signature(out, "chair-signature", minutes.chairSignature());
    }

    private static void attendee(XmlOut out, String element, Attendee a) {
        out.start(element).element("name", a.name()).element("role", a.role()).element("note", a.note()).end();
    }

    private void decision(XmlOut out, AwardDecision decision) {
        subject(out, decision.subject());
        out.element("power-holder", decision.powerHolder());
        out.start("bases");
        List<String> bases = decision.bases();
        for (int i = 0; i < bases.size(); i++) {
            out.element("basis", stripListPunctuation(bases.get(i)) + (i == bases.size() - 1 ? "." : ";"));
        }
        out.end();
        paragraphs(out, "articles", decision.articles());
        signature(out, "signature", decision.signature());
        recipients(out, decision.recipients());
        if (decision.annex() != null) {
            DocumentHeader h = decision.header();
            String date = h.date() == null ? "ngày" + BLANK + "tháng" + BLANK + "năm " + h.draftYear()
                    : VietnameseDates.longForm(h.date());
            out.start("annex")
                    .element("title", decision.annex().title())
                    .element("reference", "(Kèm theo Quyết định số " + h.number().display() + " " + date
                            + " của " + decision.annex().issuer() + ")");
            for (AwardGroup group : decision.annex().groups()) {
                out.start("group").element("heading", group.heading());
                nominees(out, "entries", group.entries());
                out.end();
            }
            out.end();
        }
    }

    private void certificate(XmlOut out, Certificate certificate) {
        DocumentHeader h = certificate.header();
        out.element("power-holder", certificate.powerHolder())
                .element("recipient", certificate.recipient())
                .element("recipient-detail", certificate.recipientDetail())
                .element("achievement", certificate.achievement())
                .element("decision", "Số quyết định: " + h.number().display() + ", ngày " + VietnameseDates.shortForm(h.date()))
                .element("gold-book", "Số sổ vàng: " + certificate.goldBookNumber());
        signature(out, "signature", certificate.signature());
    }

    private void register(XmlOut out, OutgoingRegister register) {
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

    private void auditReport(XmlOut out, AuditReport report) {
        out.element("title", report.heading())
                .element("plan", report.subject())
                .element("scope", report.scope())
                .element("printed-by", report.printedBy())
                .element("printed-at", report.printedAt());
        out.start("entries").attr("count", Integer.toString(report.entries().size()));
        for (AuditReport.Entry e : report.entries()) {
            out.start("entry")
                    .element("time", e.time())
                    .element("where", e.where())
                    .element("event", e.event())
                    .element("person", breakable(e.person()))
                    .element("details", breakable(e.details()))
                    .end();
        }
        out.end();
    }

    /**
     * FOP breaks lines only at spaces (no Vietnamese hyphenation): a SHA-256 or a request path in
     * an audit row would run out of its cell. A zero-width space after each "/" and every 16
     * characters of a long run lets it wrap; it prints nothing and copies as nothing visible.
     */
    static String breakable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run >= 16 || (c == '/' && run > 1)) {
                out.append('\u200B');
                run = 0;
            }
        }
        return out.toString();
    }

    // ---- small formats

    /** The template adds the sentence's own punctuation. */
    private static String orNull(String text) {
        return text == null ? null : stripListPunctuation(text);
    }

    /** "14 giờ 00 phút". */
    static String clock(LocalTime time) {
        return String.format(Locale.ROOT, "%02d giờ %02d phút", time.getHour(), time.getMinute());
    }

    /** Counts in minutes read "05 thành viên" (NĐ 30 habit of two digits for small numbers). */
    static String twoDigits(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    /** Share of the whole membership, "80%", "66,67%". */
    static String share(int votes, int members) {
        if (members == 0) {
            return "0%";
        }
        BigDecimal pct = BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        return VietnameseNumbers.percent(pct);
    }
}
