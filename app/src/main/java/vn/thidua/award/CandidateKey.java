package vn.thidua.award;

import vn.thidua.common.text.VietnameseText;

/**
 * The form of a name two proposals are compared by: "Nguyễn Văn  A", "nguyen van a" and a
 * decomposed (NFD) "Nguyễn Văn A" are the same candidate. Also the key the history is searched by.
 */
public final class CandidateKey {

    private CandidateKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        return VietnameseText.fold(VietnameseText.clean(name)).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
