package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A People's Committee (a ward's, a commune's, or the city's): owner of units, people, plans and a register. */
@Entity
public class Agency {

    /** NĐ 30 Đ15 k1c: the head decides whether all documents share one sequence or each type has its own. */
    public enum NumberingMode { SINGLE, PER_TYPE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String shortName;
    private String place;
    private String level;
    private String city;
    private Long parentAgencyId;
    private String parentName;
    @Enumerated(EnumType.STRING)
    private NumberingMode numberingMode = NumberingMode.SINGLE;
    @Column(name = "drafting_unit_abbrev")
    private String draftingUnitAbbreviation = "VHXH";

    protected Agency() {
    }

    public Agency(String code, String name, String shortName, String place, String level, String city) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.place = place;
        this.level = level;
        this.city = city;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getPlace() { return place; }
    public String getLevel() { return level; }
    public String getCity() { return city; }
    public Long getParentAgencyId() { return parentAgencyId; }
    public String getParentName() { return parentName; }
    public NumberingMode getNumberingMode() { return numberingMode; }
    public String getDraftingUnitAbbreviation() { return draftingUnitAbbreviation; }

    public void setParentName(String parentName) { this.parentName = parentName; }
    public void setNumberingMode(NumberingMode numberingMode) { this.numberingMode = numberingMode; }

    /** "PHƯỜNG THẠCH KHÔI" out of "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI": the letterhead's second line. */
    public String nameWithoutCommittee() {
        String prefix = "ỦY BAN NHÂN DÂN ";
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
