package vn.thidua.organisation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    /**
     * The agencies directly under a city-level agency: its wards name it as their parent by id or,
     * as imported today, by its name or short name ("UBND thành phố Hải Phòng").
     */
    @Query("select w from Agency w, Agency c where c.id = ?1 and w.id <> c.id"
            + " and (w.parentAgencyId = c.id or w.parentName = c.name or w.parentName = c.shortName)")
    List<Agency> findUnder(Long parentId);

    /** The agencies an agency names as its parent (by id or name): the other side of {@link #findUnder}. */
    @Query("select c from Agency c, Agency w where w.id = ?1 and c.id <> w.id"
            + " and (w.parentAgencyId = c.id or w.parentName = c.name or w.parentName = c.shortName)")
    List<Agency> findParents(Long agencyId);

    /** Serialises start-up work per agency across application nodes (row lock until commit). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agency a where a.id = ?1")
    Optional<Agency> lockById(Long id);
}
