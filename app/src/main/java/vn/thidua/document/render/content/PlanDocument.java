package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/** Kế hoạch: e.g. the ward's plan launching an emulation campaign. */
public record PlanDocument(DocumentHeader header, String subject, List<PlanSection> sections,
                           SignatureBlock signature, Recipients recipients) implements DocumentContent {

    public PlanDocument {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.KH;
    }
}
