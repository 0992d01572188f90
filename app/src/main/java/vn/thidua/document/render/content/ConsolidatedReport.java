package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/**
 * The ward's consolidated Báo cáo: an introduction, section "I." with the table of every target
 * (threshold, result, Đạt / Không đạt), then free sections numbered from "II.".
 */
public record ConsolidatedReport(DocumentHeader header, String subject, List<String> addressees,
                                 List<String> introduction, List<TargetResult> results,
                                 List<PlanSection> sections, SignatureBlock signature,
                                 Recipients recipients) implements DocumentContent {

    public ConsolidatedReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        addressees = Lists.copyOrEmpty(addressees);
        introduction = Lists.copyOrEmpty(introduction);
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        for (TargetResult result : results) {
            if (result.achieved() == null) {
                throw new IllegalArgumentException("Consolidated report needs a verdict for \"" + result.name() + "\"");
            }
        }
        sections = Lists.copyOrEmpty(sections);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.BC;
    }

    public long achievedCount() {
        return results.stream().filter(TargetResult::achieved).count();
    }
}
