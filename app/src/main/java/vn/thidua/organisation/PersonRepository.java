package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findByAgencyId(Long agencyId);

    Optional<Person> findByAgencyIdAndCode(Long agencyId, String code);
}
