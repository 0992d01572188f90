package vn.thidua.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * One heading of the plan's outline with its paragraphs: level 1 "I. MỤC ĐÍCH, YÊU CẦU",
 * level 2 "1. Mục đích", level 3 "a)"; level 0 is an untitled block (preamble, closing line).
 */
@Embeddable
public record PlanSection(
        @Column(name = "level") int level,
        @Column(name = "heading") String heading,
        @Column(name = "body") String body) {

    public List<String> paragraphs() {
        return body == null || body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
    }
}
