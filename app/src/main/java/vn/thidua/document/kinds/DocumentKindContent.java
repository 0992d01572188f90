package vn.thidua.document.kinds;

import java.time.LocalDate;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.SignatureBlock;
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

    /**
     * The head's signature block as this kind prints it; null for kinds the chairman does not sign
     * (they keep their own block and ignore a signer).
     */
    default SignatureBlock headSignature(Plan plan) {
        return null;
    }

    /**
     * The document with the block of whoever actually signs it (the chairman, or a vice-chairman
     * "KT. CHỦ TỊCH"): the signature image is placed in this block, so it must name the key's owner.
     */
    default DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        return content(agency, plan, number, issuedOn);
    }
}
