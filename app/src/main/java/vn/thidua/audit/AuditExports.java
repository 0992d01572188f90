package vn.thidua.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.AuditReport;
import vn.thidua.organisation.Agency;

/** A plan's timeline as CSV (Excel) and as a PDF/A audit report in the NĐ 30 style of our documents. */
@Service
class AuditExports {

    private final Timeline timeline;
    private final DocumentRenderer renderer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditReportWarmUp warmUp;

    AuditExports(Timeline timeline, DocumentRenderer renderer, JdbcTemplate jdbc, Clock clock, AuditReportWarmUp warmUp) {
        this.timeline = timeline;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.warmUp = warmUp;
    }

    byte[] csv(long planId, Timeline.Filter filter) {
        TimelineCsv csv = new TimelineCsv();
        timeline.each(planId, filter, csv::add);
        return csv.finish();
    }

    byte[] pdf(Agency agency, long planId, Timeline.Filter filter, String scope, String printedBy) {
        warmUp.giveWay(); // the two would share the same cores
        List<AuditReport.Entry> entries = new ArrayList<>();
        timeline.each(planId, filter, e -> entries.add(new AuditReport.Entry(e.time(), e.where(), e.kindLabel(), e.person(),
                details(e))));
        String[] plan = jdbc.queryForObject("""
                SELECT p.title, (SELECT CONCAT(LPAD(d.number, 2, '0'), '/', d.notation) FROM official_document d
                                  WHERE d.id = p.document_id AND d.number IS NOT NULL)
                  FROM plan p WHERE p.id = ?""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, planId);
        return renderer.render(new AuditReport(
                AuditReport.header(null, List.of("ỦY BAN NHÂN DÂN", agency.nameWithoutCommittee()), agency.getPlace(),
                        LocalDate.now(clock)),
                plan[0], plan[1], scope, printedBy, AuditLabels.time(clock.instant()), entries));
    }

    /** "Lãnh đạo duyệt kế hoạch · Trả lại: «Bổ sung chỉ tiêu BHXH» · …". */
    static String details(Timeline.Entry e) {
        List<String> parts = new ArrayList<>();
        if (e.activity() != null) {
            parts.add(e.activity());
        }
        if (e.decision() != null) {
            parts.add(e.decision() + (e.comment() == null ? "" : ": «" + e.comment() + "»"));
        } else if (e.comment() != null) {
            parts.add("«" + e.comment() + "»");
        }
        if (e.detail() != null) {
            parts.add(e.detail());
        }
        return String.join(" · ", parts);
    }
}
