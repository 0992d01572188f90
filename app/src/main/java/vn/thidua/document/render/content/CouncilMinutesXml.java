package vn.thidua.document.render.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Locale;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.text.VietnameseNumbers;

/** The data XML of {@link CouncilMinutes} (Biên bản of the council), read by {@code templates/minutes.xsl}. */
final class CouncilMinutesXml {

    private CouncilMinutesXml() {
    }

    static void write(DocumentXml xml, CouncilMinutes minutes) {
        XmlOut out = xml.out();
        xml.subject(minutes.subject());
        out.start("opening")
                .element("time", minutes.startedAt() == null ? null : clock(minutes.startedAt()))
                .element("date", VietnameseDates.longForm(minutes.heldOn()))
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
        xml.paragraphs("proceedings", minutes.proceedings());
        out.start("votes");
        for (VoteTally v : minutes.votes()) {
            out.start("vote").attr("passed", Boolean.toString(v.passed()))
                    .element("candidate", v.candidate()).element("award", v.awardForm())
                    .element("for", Integer.toString(v.votesFor()))
                    .element("against", Integer.toString(v.votesAgainst()))
                    .element("written", v.writtenFor() + v.writtenAgainst() == 0 ? null
                            : v.writtenFor() + " đồng ý, " + v.writtenAgainst() + " không đồng ý")
                    .element("council-for", v.councilFor() + "/" + minutes.totalMembers())
                    .element("share", share(v.councilFor(), minutes.totalMembers()))
                    .element("threshold", v.threshold())
                    .element("note", v.note())
                    .end();
        }
        out.end();
        xml.paragraphs("conclusions", minutes.conclusions());
        out.element("closing-time", minutes.endedAt() == null ? null : clock(minutes.endedAt()));
        xml.signature("secretary-signature", minutes.secretarySignature());
        xml.signature("chair-signature", minutes.chairSignature());
    }

    private static void attendee(XmlOut out, String element, Attendee a) {
        out.start(element).element("name", a.name()).element("role", a.role()).element("note", a.note()).end();
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
