package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/**
 * Quyết định khen thưởng.
 *
 * @param powerHolder "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI", the line above the Căn cứ
 * @param bases       Căn cứ lines without their final punctuation: the renderer ends each with
 *                    ";" and the last with "."
 * @param articles    the text of Điều 1, 2, 3 ... without "Điều n." (added when printed)
 * @param annex       the list of recipients, or {@code null} when the articles name them
 */
public record AwardDecision(DocumentHeader header, String subject, String powerHolder, List<String> bases,
                            List<String> articles, SignatureBlock signature, Recipients recipients,
                            DecisionAnnex annex) implements DocumentContent {

    public AwardDecision {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        Objects.requireNonNull(powerHolder, "powerHolder");
        bases = List.copyOf(Objects.requireNonNull(bases, "bases (Căn cứ)"));
        articles = List.copyOf(Objects.requireNonNull(articles, "articles (Điều)"));
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("A Quyết định needs at least one Điều");
        }
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.QD;
    }
}
