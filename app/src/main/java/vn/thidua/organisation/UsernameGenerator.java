package vn.thidua.organisation;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.thidua.common.text.VietnameseText;

/**
 * Logins in the office's usual form, given name then initials: "Phạm Minh Khang" → "khang.pm".
 * Used for unit heads whose organisation data names no username.
 */
public final class UsernameGenerator {

    private UsernameGenerator() {
    }

    /** The first of "khang.pm", "khang.pm2", ... that is not taken. */
    public static String forName(String fullName, Predicate<String> taken) {
        String[] words = VietnameseText.fold(fullName).trim().split("\\s+");
        String given = words[words.length - 1];
        String initials = Arrays.stream(words, 0, words.length - 1)
                .map(w -> w.substring(0, 1))
                .collect(Collectors.joining());
        String base = (given + "." + initials).replaceAll("[^a-z0-9.]", "");
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
