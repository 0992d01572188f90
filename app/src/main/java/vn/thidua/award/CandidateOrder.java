package vn.thidua.award;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which officials read a round's candidates: by title (the order of the award types:
 * CSTĐCS, LĐTT, TTLĐTT, …), then by name in Vietnamese order (given name first, then the full
 * name). The council's list and the specialist's review both use it, so the same proposal sits at
 * the same place in both. Collation keys are computed once per row, so sorting a city's round of
 * narrow rows stays cheap; only the requested page is loaded afterwards.
 */
public final class CandidateOrder {

    private record Row(long id, int type, CollationKey given, CollationKey full) {
    }

    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    private final List<Row> rows = new ArrayList<>();
    private boolean sorted;

    public void add(long id, String awardType, String name) {
        String n = name == null ? "" : name;
        int space = n.lastIndexOf(' ');
        rows.add(new Row(id, AwardType.of(awardType).map(Enum::ordinal).orElse(99),
                collator.getCollationKey(space < 0 ? n : n.substring(space + 1)), collator.getCollationKey(n)));
        sorted = false;
    }

    public int size() {
        return rows.size();
    }

    /** The ids of one page ({@code page} from 0), in order; past the end: none. */
    public List<Long> page(int page, int size) {
        if (!sorted) {
            rows.sort(Comparator.comparingInt(Row::type).thenComparing(Row::given).thenComparing(Row::full)
                    .thenComparingLong(Row::id));
            sorted = true;
        }
        int from = (int) Math.min((long) Math.max(page, 0) * size, rows.size());
        return rows.subList(from, Math.min(from + size, rows.size())).stream().map(Row::id).toList();
    }
}
