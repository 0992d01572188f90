package vn.thidua.organisation;

import static vn.thidua.organisation.OrganisationFields.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.common.validation.TextRules;

/**
 * Every check an organisation file must pass, made before anything of it is written and reported
 * all at once (field path + Vietnamese message), so an administrator corrects the whole file in
 * one round and a refused file leaves nothing behind.
 *
 * <p>Where the limits come from: ward and unit codes and logins become engine ids (the
 * whitelist in application.yml, 64 characters, see {@link GroupIds}); texts go into the columns
 * of db/migration V1 and, as user, group, tenant and filter names, into the engine's 3-byte utf8
 * columns, which cannot store an emoji. Tasklist filters are global and found again by name
 * ("Đơn vị: Tổ dân phố số 1 · An Lư"), so unit names within a ward and place names across wards
 * must differ.
 */
final class OrganisationRules {

    /** What the database already holds that a new ward must not collide with. */
    interface Existing {

        /** The code of the ward whose person has this login, "" for an engine account of nobody of ours, null when free. */
        String ownerOfLogin(String login);

        /** The code of the ward with this place name ("An Lư"), or null. */
        String wardWithPlace(String place);
    }

    private static final Pattern WARD_PREFIX = Pattern.compile("^(Phường|Xã|Thị trấn)\\s+");
    /** org_unit.code and person.code are 60; a made-up head's person code is "head-" + the unit code. */
    private static final int CODE_COLUMN = 60;
    private static final int MAX_UNIT_CODE = CODE_COLUMN - ValidOrganisation.headPersonCode("").length();
    /** ACT_RU_FILTER.NAME_. */
    private static final int FILTER_NAME = 255;

    private final TextRules rules = new TextRules();
    private final OrganisationFields fields = new OrganisationFields(rules);
    private final Existing existing;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> personIndex = new HashMap<>();
    private final Map<String, Integer> loginIndex = new HashMap<>();

    OrganisationRules(Existing existing) {
        this.existing = existing;
    }

    /** The cleaned file, or an {@link vn.thidua.common.validation.InvalidInputException} listing every problem. */
    ValidOrganisation check(OrganisationData data, String parentName) {
        String parent = fields.text("parentName", "Tên cơ quan cấp trên", parentName, 200, false);
        if (data == null) {
            rules.problem(null, "Tệp tổ chức trống.");
            rules.throwIfAny();
        }
        OrganisationData.Ward ward = ward(data.ward());
        String wardCode = ward == null ? null : ward.code();
        String place = ward == null || ward.name() == null ? null : WARD_PREFIX.matcher(ward.name()).replaceFirst("");
        checkPlace(place);
        List<OrganisationData.Unit> units = units(data.units(), wardCode, place);
        List<OrganisationData.PersonData> people = people(data.people());
        checkReferences(units, people);
        List<OrganisationData.Member> members = councils(data.councils());
        Map<String, String> headLogins = headLogins(units);
        rules.throwIfAny();
        return new ValidOrganisation(ward, place, Agency.NumberingMode.valueOf(ward.numberingMode()), parent, units, people,
                members, headLogins);
    }

    private OrganisationData.Ward ward(OrganisationData.Ward w) {
        if (w == null) {
            rules.problem("ward", "Tệp tổ chức thiếu phần \"ward\" (thông tin phường/xã).");
            return null;
        }
        String code = fields.code("ward.code", "Mã phường/xã", w.code(), GroupIds.maxWardCodeLength());
        String name = fields.text("ward.name", "Tên phường/xã", w.name(), 100, true);
        String agency = fields.text("ward.agency", "Tên cơ quan (ỦY BAN NHÂN DÂN ...)", w.agency(), 200, true);
        String shortName = fields.text("ward.shortName", "Tên ngắn (UBND ...)", w.shortName(), 120, true);
        String level = fields.text("ward.level", "Cấp hành chính", w.level(), 20, true);
        String city = fields.text("ward.city", "Tỉnh/thành phố", w.city(), 80, false);
        return new OrganisationData.Ward(code, name, agency, shortName, level, city, fields.numberingMode(w.numberingMode()));
    }

    private void checkPlace(String place) {
        if (place == null) {
            return;
        }
        if (place.length() > 80) {
            rules.problem("ward.name", "Tên phường/xã (không kể chữ \"Phường\"/\"Xã\") dài " + place.length()
                    + " ký tự, tối đa 80 ký tự.");
        }
        String other = existing.wardWithPlace(place);
        if (other != null) {
            rules.problem("ward.name", "Tên " + quote(place) + " đã dùng cho đơn vị hành chính " + quote(other)
                    + ": bộ lọc Tasklist mang tên phường/xã nên hai phường/xã không được trùng tên.");
        }
    }

    private List<OrganisationData.Unit> units(List<OrganisationData.Unit> list, String wardCode, String place) {
        if (list == null) {
            rules.problem("units", "Tệp tổ chức thiếu danh sách \"units\" (các đơn vị).");
            return List.of();
        }
        int maxCode = wardCode == null ? MAX_UNIT_CODE : Math.min(MAX_UNIT_CODE, GroupIds.maxUnitCodeLength(wardCode));
        Map<String, Integer> nameIndex = new HashMap<>();
        List<OrganisationData.Unit> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "units[" + i + "]";
            OrganisationData.Unit u = list.get(i);
            if (u == null) {
                rules.problem(field, "Đơn vị thứ " + (i + 1) + " để trống.");
                result.add(null);
                continue;
            }
            String code = fields.code(field + ".code", "Mã đơn vị", u.code(), maxCode);
            String name = fields.text(field + ".name", "Tên đơn vị", u.name(), 200, true);
            String kind = fields.text(field + ".kind", "Loại đơn vị (cơ quan, tổ dân phố, ...)", u.kind(), 60, true);
            String group = fields.text(field + ".group", "Khối", u.group(), 60, false);
            String parentCode = VietnameseText.cleanOrNull(u.parentCode());
            unique(unitIndex, code, i, field + ".code", "Mã đơn vị", "units");
            if (name != null) {
                Integer first = nameIndex.putIfAbsent(name, i);
                if (first != null) {
                    rules.problem(field + ".name", "Tên đơn vị " + quote(name) + " đã dùng ở units[" + first
                            + "]: mỗi đơn vị có bộ lọc Tasklist mang tên mình nên tên không được trùng.");
                }
                int filterName = filterName(name, place).length();
                if (filterName > FILTER_NAME) {
                    rules.problem(field + ".name", "Tên đơn vị quá dài: tên bộ lọc Tasklist \"Đơn vị: <tên> · <phường/xã>\" dài "
                            + filterName + " ký tự, tối đa " + FILTER_NAME + " ký tự.");
                }
            }
            result.add(new OrganisationData.Unit(code, name, kind, group, parentCode, head(field + ".head", u.head(), name)));
        }
        return result;
    }

    /** The name of the unit's Tasklist filter (see EngineIdentitySync), whose column holds 255 characters. */
    private static String filterName(String unitName, String place) {
        return "Đơn vị: " + unitName + " · " + (place == null ? "" : place);
    }

    private OrganisationData.Head head(String field, OrganisationData.Head h, String unitName) {
        if (h == null) {
            return null;
        }
        String fullName = fields.personName(field + ".fullName", "Họ tên người đứng đầu", h.fullName());
        String title = fields.text(field + ".title", "Chức danh người đứng đầu", h.title(), 200, false);
        String gender = fields.gender(field + ".gender", h.gender());
        String personCode = VietnameseText.cleanOrNull(h.personCode());
        if (personCode == null && title != null && unitName != null && title.length() + 2 + unitName.length() > 300) {
            rules.problem(field + ".title", "Chức danh cùng tên đơn vị (chức vụ của người đứng đầu) dài quá 300 ký tự.");
        }
        return new OrganisationData.Head(fullName, title, gender, personCode);
    }

    private List<OrganisationData.PersonData> people(List<OrganisationData.PersonData> list) {
        if (list == null) {
            rules.problem("people", "Tệp tổ chức thiếu danh sách \"people\" (những người có tài khoản).");
            return List.of();
        }
        List<OrganisationData.PersonData> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "people[" + i + "]";
            OrganisationData.PersonData p = list.get(i);
            if (p == null) {
                rules.problem(field, "Người thứ " + (i + 1) + " để trống.");
                result.add(null);
                continue;
            }
            String code = fields.text(field + ".code", "Mã người", p.code(), CODE_COLUMN, true);
            unique(personIndex, code, i, field + ".code", "Mã người", "people");
            String fullName = fields.personName(field + ".fullName", "Họ tên", p.fullName());
            String gender = fields.gender(field + ".gender", p.gender());
            String position = fields.text(field + ".position", "Chức vụ", p.position(), 300, false);
            String unitCode = VietnameseText.cleanOrNull(p.unitCode());
            String username = login(field + ".username", i, p.username());
            result.add(new OrganisationData.PersonData(code, fullName, gender, position, unitCode, username,
                    roles(field + ".roles", p.roles())));
        }
        return result;
    }

    private List<String> roles(String field, List<String> roles) {
        List<String> result = new ArrayList<>();
        if (roles == null) {
            return result;
        }
        for (int j = 0; j < roles.size(); j++) {
            String role = VietnameseText.cleanOrNull(roles.get(j));
            if (role == null || !Role.ALL.contains(role)) {
                rules.problem(field + "[" + j + "]", "Vai trò " + quote(role) + " không có; các vai trò là: "
                        + String.join(", ", Role.ALL) + ".");
            } else if (!result.contains(role)) {
                result.add(role);
            }
        }
        return result;
    }

    /** A login of the file: well formed, once in the file, and nobody's yet, here or in the engine. */
    private String login(String field, int i, String value) {
        String login = fields.login(field, value);
        if (OrganisationFields.isLogin(login) && unique(loginIndex, login, i, field, "Tên đăng nhập", "people")) {
            String owner = existing.ownerOfLogin(login);
            if (owner != null) {
                rules.problem(field, "Tên đăng nhập " + quote(login) + (owner.isEmpty()
                        ? " đã là một tài khoản Camunda (không thuộc phường/xã nào)."
                        : " đã là của một người thuộc đơn vị hành chính " + quote(owner) + "."));
            }
        }
        return login;
    }

    /** A unit's parent, a person's unit and a head's person must be in the file; parents form no loop. */
    private void checkReferences(List<OrganisationData.Unit> units, List<OrganisationData.PersonData> people) {
        Map<String, String> parentOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            OrganisationData.Unit u = units.get(i);
            if (u == null) {
                continue;
            }
            String field = "units[" + i + "]";
            if (u.parentCode() != null) {
                if (!unitIndex.containsKey(u.parentCode())) {
                    rules.problem(field + ".parentCode", "Đơn vị cha " + quote(u.parentCode()) + " không có trong units.");
                } else if (u.code() != null) {
                    parentOf.putIfAbsent(u.code(), u.parentCode());
                }
            }
            if (u.head() != null && u.head().personCode() != null && !personIndex.containsKey(u.head().personCode())) {
                rules.problem(field + ".head.personCode", "Người đứng đầu " + quote(u.head().personCode())
                        + " không có trong people.");
            }
        }
        for (int i = 0; i < units.size(); i++) {
            String loop = units.get(i) == null ? null : parentLoop(units.get(i).code(), parentOf);
            if (loop != null) {
                rules.problem("units[" + i + "].parentCode", "Đơn vị cha tạo thành vòng lặp: " + loop + ".");
            }
        }
        for (int i = 0; i < people.size(); i++) {
            OrganisationData.PersonData p = people.get(i);
            if (p != null && p.unitCode() != null && !unitIndex.containsKey(p.unitCode())) {
                rules.problem("people[" + i + "].unitCode", "Đơn vị " + quote(p.unitCode()) + " không có trong units.");
            }
        }
    }

    /** "a → b → a" when following the parents from the unit comes back to it, else null. */
    private static String parentLoop(String code, Map<String, String> parentOf) {
        List<String> path = new ArrayList<>(List.of(code == null ? "" : code));
        Set<String> seen = new HashSet<>(path);
        for (String next = parentOf.get(code); next != null; next = parentOf.get(next)) {
            path.add(next);
            if (next.equals(code)) {
                return String.join(" → ", path);
            }
            if (!seen.add(next)) {
                return null;
            }
        }
        return null;
    }

    private List<OrganisationData.Member> councils(List<OrganisationData.Council> councils) {
        List<OrganisationData.Member> result = new ArrayList<>();
        if (councils == null) {
            return result;
        }
        Map<String, String> memberField = new HashMap<>();
        for (int i = 0; i < councils.size(); i++) {
            String field = "councils[" + i + "]";
            OrganisationData.Council c = councils.get(i);
            if (c == null || c.members() == null) {
                rules.problem(field + ".members", "Hội đồng thứ " + (i + 1) + " thiếu danh sách thành viên (members).");
                continue;
            }
            for (int j = 0; j < c.members().size(); j++) {
                String mField = field + ".members[" + j + "]";
                OrganisationData.Member m = c.members().get(j);
                String personCode = m == null ? null : VietnameseText.cleanOrNull(m.personCode());
                String role = fields.text(mField + ".councilRole", "Chức danh trong hội đồng", m == null ? null : m.councilRole(), 120, true);
                if (personCode == null) {
                    rules.problem(mField + ".personCode", "Thành viên hội đồng phải chỉ đến một người trong people (personCode).");
                } else if (!personIndex.containsKey(personCode)) {
                    rules.problem(mField + ".personCode", "Thành viên " + quote(personCode) + " không có trong people.");
                } else if (memberField.putIfAbsent(personCode, mField) != null) {
                    rules.problem(mField + ".personCode", "Người " + quote(personCode) + " đã là thành viên hội đồng ở "
                            + memberField.get(personCode) + ".");
                } else {
                    result.add(new OrganisationData.Member(personCode, m.fullName(), role));
                }
            }
        }
        return result;
    }

    /**
     * A login for every head the file names without a person ("long.tv"), free in the file, in the
     * other wards and in the engine. The head becomes a person coded "head-" + unit code, which
     * must not be one of the file's own codes.
     */
    private Map<String, String> headLogins(List<OrganisationData.Unit> units) {
        Set<String> made = new HashSet<>();
        Map<String, String> logins = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            OrganisationData.Unit u = units.get(i);
            if (u == null || u.code() == null || u.head() == null || u.head().personCode() != null || u.head().fullName() == null) {
                continue;
            }
            String field = "units[" + i + "].head";
            String login = UsernameGenerator.forName(u.head().fullName(),
                    l -> loginIndex.containsKey(l) || made.contains(l) || existing.ownerOfLogin(l) != null);
            if (!OrganisationFields.isLogin(login)) {
                rules.problem(field + ".fullName", "Không tạo được tên đăng nhập từ họ tên " + quote(u.head().fullName())
                        + ": ghi đủ họ và tên, hoặc đưa người này vào people và ghi personCode.");
            }
            made.add(login);
            logins.put(u.code(), login);
            Integer clash = personIndex.get(ValidOrganisation.headPersonCode(u.code()));
            if (clash != null) {
                rules.problem("people[" + clash + "].code", "Mã người " + quote(ValidOrganisation.headPersonCode(u.code()))
                        + " trùng mã tự đặt cho người đứng đầu units[" + i + "]; hãy đổi mã.");
            }
        }
        return logins;
    }

    /** Records the first index of a code; a second one is a problem. False when it was a duplicate. */
    private boolean unique(Map<String, Integer> index, String code, int i, String field, String label, String list) {
        if (code == null) {
            return true;
        }
        Integer first = index.putIfAbsent(code, i);
        if (first != null) {
            rules.problem(field, label + " " + quote(code) + " đã dùng ở " + list + "[" + first + "].");
            return false;
        }
        return true;
    }
}
