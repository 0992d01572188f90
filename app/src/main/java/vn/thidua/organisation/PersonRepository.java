package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findByAgencyId(Long agencyId);

    Optional<Person> findByAgencyIdAndCode(Long agencyId, String code);

    /** Every login and its ward, without loading whole people (an import checks its logins against them). */
    @Query("select p.username as username, p.agencyId as agencyId from Person p")
    List<Login> logins();

    interface Login {
        String getUsername();

        Long getAgencyId();
    }
}
