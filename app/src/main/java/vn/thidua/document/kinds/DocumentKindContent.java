package vn.thidua.document.kinds;

import java.time.LocalDate;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/**
 * Fills one kind of official document of a plan (Kế hoạch, Báo cáo, Tờ trình, Biên bản, Quyết
 * định) from our tables. The number and date are null while a draft: the clerk gives them at issue.
 */
public interface DocumentKindContent {

    /** "KH", "BC", "TTR", "BB", "QD": the register's type and the document row's kind. */
    String kind();

    /** The ký hiệu after the number, e.g. "KH-UBND", "TTr-VHXH". */
    String notation(Agency agency);

    /** Documents of the emulation and reward council are numbered in the council's own sequence. */
    default boolean councilSequence() {
        return false;
    }

    /** The trích yếu stored with the document. */
    String title(Plan plan);

    DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn);
}
