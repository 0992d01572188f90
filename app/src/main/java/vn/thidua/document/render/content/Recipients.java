package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/**
 * "Nơi nhận" (NĐ 30, ô 9b): one "- name;" line each, then "- Lưu: VT, {draftingUnit}.".
 *
 * @param names        the receiving bodies, without the leading dash or trailing semicolon
 * @param draftingUnit abbreviation of the unit that drafted the document, e.g. "VHXH"
 */
public record Recipients(List<String> names, String draftingUnit) {

    public Recipients {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        Objects.requireNonNull(draftingUnit, "draftingUnit (for the line \"Lưu: VT, ...\")");
    }

    /** "Lưu: VT, VHXH.": the office file copy and the drafting unit's copy. */
    public String archiveLine() {
        return "Lưu: VT, " + draftingUnit + ".";
    }
}
