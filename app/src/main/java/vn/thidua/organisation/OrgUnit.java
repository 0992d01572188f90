package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency, school, health station, mass organisation or residential group that launches and reports. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String code;
    private String name;
    private String kind;
    @Column(name = "unit_group")
    private String group;
    private String parentCode;
    private String headFullName;
    private String headTitle;
    private String headGender;
    private String headUsername;

    protected OrgUnit() {
    }

    public OrgUnit(Long agencyId, String code, String name, String kind, String group, String parentCode) {
        this.agencyId = agencyId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.group = group;
        this.parentCode = parentCode;
    }

    public void setHead(String fullName, String title, String gender, String username) {
        this.headFullName = fullName;
        this.headTitle = title;
        this.headGender = gender;
        this.headUsername = username;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getGroup() { return group; }
    public String getParentCode() { return parentCode; }
    public String getHeadFullName() { return headFullName; }
    public String getHeadTitle() { return headTitle; }
    public String getHeadGender() { return headGender; }
    public String getHeadUsername() { return headUsername; }
}
