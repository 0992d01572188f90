package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/** A titled part of an award list: "I. TẬP THỂ", "II. CÁ NHÂN". */
public record AwardGroup(String heading, List<Nominee> entries) {

    public AwardGroup {
        Objects.requireNonNull(heading, "heading");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }
}
