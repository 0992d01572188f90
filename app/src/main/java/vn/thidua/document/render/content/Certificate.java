package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * A certificate of the chairman's award (A4 landscape, NĐ 98/2023 Điều 104 layout): "TẶNG GIẤY
 * KHEN", or "TẶNG DANH HIỆU" with the title (Lao động tiên tiến, Chiến sĩ thi đua cơ sở …) in red.
 * The header carries the awarding decision: its number and date are printed bottom left ("Số
 * quyết định, ngày"), its place and date bottom right.
 *
 * @param powerHolder     "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI", printed in red
 * @param award           "Giấy khen", or the title awarded: "Lao động tiên tiến"
 * @param honorific       true for a title (danh hiệu thi đua), false for a Giấy khen
 * @param recipient       "Ông Nguyễn Văn An" or "Tổ dân phố số 3"
 * @param recipientDetail position and unit; may be {@code null}
 * @param achievement     "Đã có thành tích xuất sắc trong ..."
 * @param goldBookNumber  số sổ vàng (the recipient's index in the decision)
 */
public record Certificate(DocumentHeader header, String powerHolder, String award, boolean honorific, String recipient,
                          String recipientDetail, String achievement, String goldBookNumber, SignatureBlock signature)
        implements DocumentContent {

    public Certificate {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(header.date(), "A certificate is issued with its decision: header.date is required");
        if (header.number().isDraft()) {
            throw new IllegalArgumentException("A certificate needs the number of its decision");
        }
        Objects.requireNonNull(powerHolder, "powerHolder");
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(goldBookNumber, "goldBookNumber");
        Objects.requireNonNull(signature, "signature");
    }

    /** A Giấy khen. */
    public Certificate(DocumentHeader header, String powerHolder, String recipient, String recipientDetail,
                       String achievement, String goldBookNumber, SignatureBlock signature) {
        this(header, powerHolder, "Giấy khen", false, recipient, recipientDetail, achievement, goldBookNumber, signature);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.GK;
    }

    @Override
    public String subject() {
        return "Tặng " + recipient;
    }

    /** "Giấy khen: Tặng Ông …", "Danh hiệu Lao động tiên tiến: Tặng Ông …". */
    @Override
    public String title() {
        return (honorific ? "Danh hiệu " + award : kind().displayName()) + ": " + subject();
    }
}
