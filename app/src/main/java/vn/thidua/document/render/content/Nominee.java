package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * A collective or individual in an award list.
 *
 * @param name        "Tổ dân phố số 3", "Ông Nguyễn Văn An"
 * @param description position and unit, or the achievement; may be {@code null}
 * @param awardForm   "Giấy khen", "Lao động tiên tiến"; may be {@code null} where the document
 *                    states the form once for the whole list
 */
public record Nominee(String name, String description, String awardForm) {

    public Nominee {
        Objects.requireNonNull(name, "name");
    }
}
