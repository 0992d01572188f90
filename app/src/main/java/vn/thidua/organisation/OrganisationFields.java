package vn.thidua.organisation;

import java.util.List;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.common.validation.TextRules;

/**
 * The checks of one field of an organisation file, each recording its problem with the field's
 * path and returning the cleaned value (NFC, trimmed) so that the checks of the whole file
 * ({@link OrganisationRules}) can go on and report everything at once.
 */
final class OrganisationFields {

    private static final List<String> GENDERS = List.of("Nam", "Nữ");
    /** A value is quoted back in a message up to this length. */
    private static final int QUOTED = 60;

    private final TextRules rules;

    OrganisationFields(TextRules rules) {
        this.rules = rules;
    }

    /** A code that becomes part of engine ids: required, lower-case ASCII, digits and hyphen, short enough. */
    String code(String field, String label, String value, int maxLength) {
        String code = VietnameseText.cleanOrNull(value);
        if (code == null) {
            rules.problem(field, label + " là bắt buộc.");
        } else if (!GroupIds.CODE.matcher(code).matches()) {
            rules.problem(field, label + " " + quote(code) + " chỉ được gồm chữ thường không dấu, số và dấu gạch ngang.");
        } else if (code.length() > maxLength) {
            rules.problem(field, label + " " + quote(code) + " dài " + code.length() + " ký tự, tối đa " + maxLength
                    + " ký tự (mã nhóm trong Camunda, gồm cả mã phường/xã, tối đa " + GroupIds.MAX_ENGINE_ID + " ký tự).");
        }
        return code;
    }

    /** SINGLE when the file says nothing; anything but SINGLE or PER_TYPE is refused, never defaulted. */
    String numberingMode(String value) {
        String mode = VietnameseText.cleanOrNull(value);
        if (mode == null) {
            return Agency.NumberingMode.SINGLE.name();
        }
        for (Agency.NumberingMode m : Agency.NumberingMode.values()) {
            if (m.name().equals(mode)) {
                return mode;
            }
        }
        rules.problem("ward.numberingMode", "Cách đánh số văn bản " + quote(mode)
                + " không có: dùng SINGLE (một dãy số cho mọi loại văn bản) hoặc PER_TYPE (mỗi loại một dãy).");
        return Agency.NumberingMode.SINGLE.name();
    }

    /** A login's form (not whether it is free): records a problem and returns the cleaned login, or null when absent. */
    String login(String field, String value) {
        String login = VietnameseText.cleanOrNull(value);
        if (login == null) {
            rules.problem(field, "Tên đăng nhập là bắt buộc.");
        } else if (!GroupIds.LOGIN.matcher(login).matches()) {
            rules.problem(field, "Tên đăng nhập " + quote(login) + " chỉ được gồm chữ thường không dấu, số, dấu chấm,"
                    + " gạch dưới và gạch ngang, bắt đầu và kết thúc bằng chữ hoặc số.");
        } else if (login.length() > GroupIds.MAX_ENGINE_ID) {
            rules.problem(field, "Tên đăng nhập dài " + login.length() + " ký tự, tối đa " + GroupIds.MAX_ENGINE_ID + " ký tự.");
        }
        return login;
    }

    /** Whether the engine takes this as a user id and it is in our form. */
    static boolean isLogin(String login) {
        return login != null && GroupIds.LOGIN.matcher(login).matches() && login.length() <= GroupIds.MAX_ENGINE_ID;
    }

    String personName(String field, String label, String value) {
        String name = text(field, label, value, 120, true);
        if (name != null && name.codePoints().noneMatch(Character::isLetter)) {
            rules.problem(field, label + " " + quote(name) + " không có chữ nào.");
        }
        return name;
    }

    String gender(String field, String value) {
        String gender = VietnameseText.cleanOrNull(value);
        if (gender != null && !GENDERS.contains(gender)) {
            rules.problem(field, "Giới tính " + quote(gender) + " không hợp lệ: ghi \"Nam\" hoặc \"Nữ\", hoặc để trống.");
        }
        return gender;
    }

    /** Cleaned text (NFC), within its column, free of markup and of characters the engine cannot store. */
    String text(String field, String label, String value, int maxLength, boolean required) {
        String cleaned = rules.text(field, label, value, maxLength, required);
        if (cleaned != null && cleaned.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            rules.problem(field, label + " có ký tự không lưu được (biểu tượng cảm xúc hoặc chữ hiếm ngoài bảng mã thường dùng).");
        }
        return cleaned;
    }

    static String quote(String value) {
        if (value == null) {
            return "\"\"";
        }
        return "\"" + (value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value) + "\"";
    }
}
