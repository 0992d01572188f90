package vn.thidua.document.render.content;

import java.util.List;

/** Null-tolerant defensive copies for record components that are optional lists. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
