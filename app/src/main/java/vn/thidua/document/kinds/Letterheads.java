package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.Recipients;
import vn.thidua.organisation.Agency;

/** The parts every document of an agency shares: letterhead, "Nơi nhận", the agency's name in text. */
final class Letterheads {

    private Letterheads() {
    }

    /** "ỦY BAN NHÂN DÂN" / "PHƯỜNG THẠCH KHÔI" with the number (blank while a draft) and date. */
    static DocumentHeader header(Agency agency, String notation, Integer number, LocalDate issuedOn) {
        DocumentNumber n = number == null ? DocumentNumber.draft(notation) : DocumentNumber.issued(number, notation);
        return new DocumentHeader(null, List.of("ỦY BAN NHÂN DÂN", agency.nameWithoutCommittee()), n, agency.getPlace(),
                issuedOn, issuedOn == null ? VietnameseDates.today().getYear() : issuedOn.getYear());
    }

    /** Printed recipient lines without their punctuation (the renderer adds it) and without "Lưu". */
    static Recipients recipients(Agency agency, List<String> lines) {
        List<String> names = lines.stream().filter(l -> !l.startsWith("Lưu")).map(Letterheads::trimPunctuation).toList();
        return new Recipients(names, agency.getDraftingUnitAbbreviation());
    }

    /** "PHƯỜNG THẠCH KHÔI" → "phường Thạch Khôi", for running text. */
    static String inText(Agency agency) {
        String[] words = agency.nameWithoutCommittee().toLowerCase(Locale.forLanguageTag("vi")).split(" ");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    private static String trimPunctuation(String line) {
        String s = line.strip();
        while (s.endsWith(";") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
