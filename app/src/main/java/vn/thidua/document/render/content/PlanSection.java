package vn.thidua.document.render.content;

import java.util.List;

/**
 * One part of a plan's body. Nesting follows NĐ 30: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (bold, upper
 * case), level 2 "1. Mục đích" (bold), level 3 "a)" (plain, run into its first paragraph).
 *
 * @param heading    the numbered heading as printed, or {@code null} for unheaded text (the
 *                   preamble, the closing sentence)
 * @param paragraphs paragraphs in order; a paragraph may start with "- " for a bulleted item
 * @param children   sub-sections
 */
public record PlanSection(String heading, List<String> paragraphs, List<PlanSection> children) {

    public PlanSection {
        paragraphs = Lists.copyOrEmpty(paragraphs);
        children = Lists.copyOrEmpty(children);
    }
}
