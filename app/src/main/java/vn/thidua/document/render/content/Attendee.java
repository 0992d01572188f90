package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * A council member at (or missing from) a meeting.
 *
 * @param name "Ông Phạm Minh Khang"
 * @param role "Chủ tịch UBND phường, Chủ tịch Hội đồng"
 * @param note for an absent member the reason and whether a written opinion was sent; else null
 */
public record Attendee(String name, String role, String note) {

    public Attendee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
