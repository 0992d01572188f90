package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * Giấy khen (A4 landscape). The header carries the awarding decision: its number and date are
 * printed bottom left ("Số quyết định, ngày"), its place and date bottom right.
 *
 * @param powerHolder     "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI", printed in red
 * @param recipient       "Ông Nguyễn Văn An" or "Tổ dân phố số 3"
 * @param recipientDetail position and unit; may be {@code null}
 * @param achievement     "Đã có thành tích xuất sắc trong ..."
 * @param goldBookNumber  số sổ vàng (the recipient's index in the decision)
 */
public record Certificate(DocumentHeader header, String powerHolder, String recipient, String recipientDetail,
                          String achievement, String goldBookNumber, SignatureBlock signature)
        implements DocumentContent {

    public Certificate {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(header.date(), "A Giấy khen is issued with its decision: header.date is required");
        if (header.number().isDraft()) {
            throw new IllegalArgumentException("A Giấy khen needs the number of its decision");
        }
        Objects.requireNonNull(powerHolder, "powerHolder");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(goldBookNumber, "goldBookNumber");
        Objects.requireNonNull(signature, "signature");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.GK;
    }

    @Override
    public String subject() {
        return "Tặng " + recipient;
    }
}
