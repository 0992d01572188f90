package vn.thidua.document.kinds;

import java.time.LocalDate;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/**
 * A kind the ward's head signs (Kế hoạch, Báo cáo, Quyết định): a draft carries the block the
 * plan names, the signed document the block of whoever actually signs (the chairman, or a
 * vice-chairman "KT. CHỦ TỊCH"), so each kind writes its content once, for a given block.
 */
interface SignedByTheHead extends DocumentKindContent {

    /** The block the plan names for its signer: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name". */
    static SignatureBlock planSigner(Plan plan) {
        return new SignatureBlock(plan.getSignerAuthority(), plan.getSignerTitle(), plan.getSignerName());
    }

    @Override
    SignatureBlock headSignature(Plan plan);

    @Override
    DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature);

    @Override
    default DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        return content(agency, plan, number, issuedOn, headSignature(plan));
    }
}
