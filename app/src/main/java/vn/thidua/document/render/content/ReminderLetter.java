package vn.thidua.document.render.content;

import java.util.List;
import java.util.Objects;

/**
 * Công văn đôn đốc: a reminder to a unit that missed a deadline. Number like "12/UBND-VHXH"; the
 * trích yếu "V/v ..." stands under the number instead of a type name (NĐ 30, ô 5b).
 *
 * @param subject    what the letter is about, without "V/v" (added when printed)
 * @param addressees "Kính gửi" lines; one prints on the same line as "Kính gửi:"
 */
public record ReminderLetter(DocumentHeader header, String subject, List<String> addressees,
                             List<String> paragraphs, SignatureBlock signature, Recipients recipients)
        implements DocumentContent {

    public ReminderLetter {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        subject = subject.strip().replaceFirst("^(?i)V/v\\s+", "");
        addressees = List.copyOf(Objects.requireNonNull(addressees, "addressees (Kính gửi)"));
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CV;
    }

    @Override
    public String title() {
        return "Công văn: V/v " + subject;
    }
}
