package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/** Tờ trình đề nghị khen thưởng to the chairman, listing proposed collectives and individuals. */
public record AwardProposal(DocumentHeader header, String subject, List<String> addressees,
                            List<String> introduction, List<Nominee> collectives,
                            List<Nominee> individuals, List<String> closing,
                            SignatureBlock signature, Recipients recipients) implements DocumentContent {

    public AwardProposal {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        addressees = List.copyOf(Objects.requireNonNull(addressees, "addressees (Kính gửi)"));
        introduction = Lists.copyOrEmpty(introduction);
        collectives = Lists.copyOrEmpty(collectives);
        individuals = Lists.copyOrEmpty(individuals);
        if (collectives.isEmpty() && individuals.isEmpty()) {
            throw new IllegalArgumentException("A Tờ trình đề nghị khen thưởng needs at least one nominee");
        }
        closing = Lists.copyOrEmpty(closing);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.TTR;
    }
}
