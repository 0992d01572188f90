package vn.thidua.organisation;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    /** Serialises start-up work per agency across application nodes (row lock until commit). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agency a where a.id = ?1")
    Optional<Agency> lockById(Long id);
}
