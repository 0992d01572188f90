package vn.thidua.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.LinkedHashSet;
import java.util.Set;

/** An official with a login; the username is the engine's user id. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private String code;
    private String username;
    private String fullName;
    private String gender;
    private String position;
    private Long unitId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role_code")
    private Set<String> roles = new LinkedHashSet<>();

    protected Person() {
    }

    public Person(Long agencyId, String code, String username, String fullName, String gender, String position, Long unitId) {
        this.agencyId = agencyId;
        this.code = code;
        this.username = username;
        this.fullName = fullName;
        this.gender = gender;
        this.position = position;
        this.unitId = unitId;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public String getCode() { return code; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getGender() { return gender; }
    public String getPosition() { return position; }
    public Long getUnitId() { return unitId; }
    public Set<String> getRoles() { return roles; }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** "Phạm Minh Khang" → "Khang", the name Vietnamese lists sort by. */
    public String givenName() {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? fullName : fullName.substring(space + 1);
    }

    /** "Phạm Minh Khang" → "Phạm Minh". */
    public String familyAndMiddleName() {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? "" : fullName.substring(0, space);
    }
}
