package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/**
 * Báo cáo of one unit on its campaign: launch, a value per target, outstanding examples,
 * difficulties and proposals (sections I–V of the printed report).
 */
public record UnitReport(DocumentHeader header, String subject, List<String> addressees,
                         CampaignLaunch launch, List<TargetResult> results,
                         List<String> outstandingExamples, List<String> difficulties,
                         List<String> proposals, SignatureBlock signature, Recipients recipients)
        implements DocumentContent {

    public UnitReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        addressees = Lists.copyOrEmpty(addressees);
        Objects.requireNonNull(launch, "launch");
        results = Lists.copyOrEmpty(results);
        outstandingExamples = Lists.copyOrEmpty(outstandingExamples);
        difficulties = Lists.copyOrEmpty(difficulties);
        proposals = Lists.copyOrEmpty(proposals);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.BC;
    }
}
