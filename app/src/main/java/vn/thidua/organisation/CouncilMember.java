package vn.thidua.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A member of the agency's Hội đồng Thi đua - Khen thưởng; the council votes on award candidates. */
@Entity
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long agencyId;
    private Long personId;
    private String councilRole;
    private int position;

    protected CouncilMember() {
    }

    public CouncilMember(Long agencyId, Long personId, String councilRole, int position) {
        this.agencyId = agencyId;
        this.personId = personId;
        this.councilRole = councilRole;
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getAgencyId() { return agencyId; }
    public Long getPersonId() { return personId; }
    public String getCouncilRole() { return councilRole; }
    public int getPosition() { return position; }
}
