package vn.thidua.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.organisation.OrgUnit;

/**
 * Which units a target applies to, as the draft form sets it and the plan's text says it: every
 * addressed unit (no unit listed), a class of units ("các tổ dân phố": every addressed unit of
 * that kind), or chosen units. Only those units report the target.
 *
 * @param scope    {@link #ALL}, {@link #KIND} or {@link #UNITS}
 * @param unitKind the kind for {@link #KIND} ("tổ dân phố")
 * @param unitCodes the units for {@link #UNITS}
 */
public record TargetResponsibility(String scope, String unitKind, List<String> unitCodes) {

    public static final String ALL = "ALL";
    public static final String KIND = "KIND";
    public static final String UNITS = "UNITS";
    /** In {@link PlanData.Target#responsibleUnits()}: "kind:tổ dân phố" stands for every addressed unit of that kind. */
    public static final String KIND_PREFIX = "kind:";

    /** The exchange format's list: empty = every unit, ["kind:…"], or unit codes. */
    public List<String> asResponsibleUnits() {
        if (KIND.equals(scope)) {
            return List.of(KIND_PREFIX + unitKind);
        }
        if (UNITS.equals(scope)) {
            return unitCodes == null ? List.of() : List.copyOf(unitCodes);
        }
        return List.of();
    }

    /** What a target's stored units amount to: a class when they are every addressed unit of one kind. */
    public static TargetResponsibility of(PlanTarget target, List<OrgUnit> addressees, List<OrgUnit> agencyUnits) {
        Set<Long> ids = target.getResponsibleUnitIds();
        if (ids.isEmpty()) {
            return new TargetResponsibility(ALL, null, List.of());
        }
        List<OrgUnit> chosen = agencyUnits.stream().filter(u -> ids.contains(u.getId())).toList();
        Set<String> kinds = chosen.stream().map(OrgUnit::getKind).collect(Collectors.toSet());
        if (kinds.size() == 1) {
            String kind = kinds.iterator().next();
            long ofKind = addressees.stream().filter(u -> kind.equals(u.getKind())).count();
            if (ofKind == chosen.size() && chosen.size() > 1) {
                return new TargetResponsibility(KIND, kind, chosen.stream().map(OrgUnit::getCode).toList());
            }
        }
        return new TargetResponsibility(UNITS, null, chosen.stream().map(OrgUnit::getCode).toList());
    }

    /** "các tổ dân phố", "Trạm Y tế phường; Trường Tiểu học Thạch Khôi", "các cơ quan, đơn vị được giao thực hiện Kế hoạch". */
    public String describe(List<OrgUnit> agencyUnits) {
        if (KIND.equals(scope)) {
            return "các " + unitKind.toLowerCase(Locale.forLanguageTag("vi"));
        }
        if (UNITS.equals(scope) && unitCodes != null && !unitCodes.isEmpty()) {
            Map<String, OrgUnit> byCode = agencyUnits.stream().collect(Collectors.toMap(OrgUnit::getCode, Function.identity(), (a, b) -> a));
            return unitCodes.stream().map(c -> byCode.containsKey(c) ? byCode.get(c).getName() : c).collect(Collectors.joining("; "));
        }
        return "các cơ quan, đơn vị, tổ dân phố thực hiện Kế hoạch";
    }

    /**
     * The unit ids of an exchange-format list: a class among the addressees, a code among the
     * agency's units; null when the list is null (leave as is); what matches nothing goes to {@code unknown}.
     */
    static Set<Long> resolve(List<String> responsible, List<OrgUnit> addressees, List<OrgUnit> agencyUnits, List<String> unknown) {
        if (responsible == null) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String entry : responsible) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String e = entry.strip();
            List<OrgUnit> matched = new ArrayList<>();
            if (e.startsWith(KIND_PREFIX)) {
                String kind = e.substring(KIND_PREFIX.length()).strip();
                addressees.stream().filter(u -> kind.equalsIgnoreCase(u.getKind())).forEach(matched::add);
            } else {
                agencyUnits.stream().filter(u -> u.getCode().equals(e)).forEach(matched::add);
            }
            if (matched.isEmpty()) {
                unknown.add(e.startsWith(KIND_PREFIX) ? e.substring(KIND_PREFIX.length()) : e);
            }
            matched.forEach(u -> ids.add(u.getId()));
        }
        return ids;
    }
}
