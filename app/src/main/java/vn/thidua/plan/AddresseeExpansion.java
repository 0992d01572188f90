package vn.thidua.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.organisation.OrgUnit;

/**
 * Turns a plan's addressees into the units that must launch and report. A class of recipients
 * ("Các Tổ dân phố", "Các cơ sở giáo dục") stands for every unit of its kind; a named unit that the
 * agency does not have (the Party committee, the council itself) gets no campaign.
 */
final class AddresseeExpansion {

    /** Folded words in a class name → the unit kinds it covers. */
    private static final Map<String, List<String>> CLASS_KINDS = Map.of(
            "to dan pho", List.of("tổ dân phố"),
            "giao duc", List.of("trường học"),
            "tram y te", List.of("trạm y tế"),
            "chinh tri - xa hoi", List.of("tổ chức chính trị - xã hội"),
            "co quan", List.of("cơ quan", "đơn vị", "đoàn thể", "tổ chức chính trị - xã hội", "khác"));

    private AddresseeExpansion() {
    }

    static Set<Long> expand(List<PlanData.UnitRef> refs, List<OrgUnit> agencyUnits) {
        Set<Long> result = new LinkedHashSet<>();
        if (refs == null || refs.isEmpty()) {
            agencyUnits.forEach(u -> result.add(u.getId()));
            return result;
        }
        for (PlanData.UnitRef ref : refs) {
            if (Boolean.TRUE.equals(ref.isClass())) {
                List<String> kinds = kindsOf(ref.name());
                agencyUnits.stream().filter(u -> kinds.contains(u.getKind())).forEach(u -> result.add(u.getId()));
            } else {
                agencyUnits.stream().filter(u -> u.getCode().equals(ref.code())).forEach(u -> result.add(u.getId()));
            }
        }
        return result;
    }

    private static List<String> kindsOf(String className) {
        String folded = VietnameseText.fold(className);
        return CLASS_KINDS.entrySet().stream()
                .filter(e -> folded.contains(e.getKey()))
                .findFirst()
                .map(Map.Entry::getValue)
                .orElse(List.of());
    }
}
