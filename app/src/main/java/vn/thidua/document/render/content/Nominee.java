package vn.thidua.document.render.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A collective, individual or household in an award list.
 *
 * @param name        "Tổ dân phố số 3", "Ông Nguyễn Văn An"
 * @param description position and unit, or the achievement; may be {@code null}
 * @param awardForm   "Giấy khen", "Lao động tiên tiến"; may be {@code null} where the document
 *                    states the form once for the whole list
 * @param amount      the cash that goes with the award, whole đồng; {@code null} where the list
 *                    carries no amounts
 * @param goldBook    số sổ vàng, the number the recipient's certificate carries; {@code null} where
 *                    the list numbers its rows itself
 */
public record Nominee(String name, String description, String awardForm, BigDecimal amount, String goldBook) {

    public Nominee {
        Objects.requireNonNull(name, "name");
    }

    public Nominee(String name, String description, String awardForm) {
        this(name, description, awardForm, null, null);
    }
}
