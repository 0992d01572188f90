package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * Quyền hạn, chức vụ và họ tên người ký (NĐ 30, ô 7a–7c).
 *
 * @param authority  "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; {@code null} when the head signs in
 *                   his own name
 * @param title      "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THƯ KÝ"
 * @param signerName full name without academic titles; {@code null} leaves the line empty
 */
public record SignatureBlock(String authority, String title, String signerName) {

    public SignatureBlock {
        Objects.requireNonNull(title, "title (chức vụ) is required");
    }
}
