package vn.thidua.award.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thidua.award.CandidateKey;

/**
 * The same person, collective or household proposed twice for the same title in a round: by two
 * units, or typed with and without diacritics, in another case or with other spacing (the folded
 * name, {@link vn.thidua.award.CandidateKey}). One pass, a hash map: linear in the round's size.
 * LĐTT and CSTĐCS for the same person is not a duplicate (CSTĐCS needs LĐTT the same year).
 */
public final class DuplicateDetector {

    private DuplicateDetector() {
    }

    public record Entry(Long proposalId, Long unitId, String kind, String title, String name, String nameKey, Long personId) {
    }

    /**
     * @param possiblyNamesakes true when both were chosen from the organisation file as different
     *                          people: two people with one name, to check rather than merge
     */
    public record Duplicate(String kind, String title, String nameKey, List<Entry> proposals, boolean byDifferentUnits,
            boolean possiblyNamesakes) {
    }

    /** What makes two proposals the same candidate: kind, title and the {@link CandidateKey} of the name. */
    private record Group(String kind, String title, String nameKey) {
    }

    /** Groups by {@link Group} in one pass over the entries (a hash map): linear in the round's size. */
    public static List<Duplicate> find(List<Entry> entries) {
        Map<Group, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            String key = e.nameKey() != null ? e.nameKey() : CandidateKey.of(e.name());
            if (key == null || key.isEmpty()) {
                continue; // no name, nothing to compare
            }
            groups.computeIfAbsent(new Group(e.kind(), e.title(), key), k -> new ArrayList<>(2)).add(e);
        }
        List<Duplicate> duplicates = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Entry first = group.get(0);
            boolean units = group.stream().map(Entry::unitId).filter(Objects::nonNull).distinct().count() > 1;
            boolean namesakes = group.stream().map(Entry::personId).filter(Objects::nonNull).distinct().count() > 1;
            Group key = new Group(first.kind(), first.title(), first.nameKey() != null ? first.nameKey() : CandidateKey.of(first.name()));
            duplicates.add(new Duplicate(key.kind(), key.title(), key.nameKey(), List.copyOf(group), units, namesakes));
        }
        return duplicates;
    }
}
