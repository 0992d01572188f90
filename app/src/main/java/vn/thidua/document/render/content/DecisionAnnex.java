package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/**
 * The recipients list annexed to a Quyết định, printed on its own pages with its own numbering
 * under "(Kèm theo Quyết định số .../QĐ-UBND ngày ... của ...)".
 *
 * @param title  "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN"
 * @param issuer who issued the decision, for the "của ..." part: "Chủ tịch UBND phường Thạch Khôi"
 */
public record DecisionAnnex(String title, String issuer, List<AwardGroup> groups) {

    public DecisionAnnex {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }
}
