package vn.thidua.document;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

    List<OfficialDocument> findByPlanIdOrderByIdAsc(Long planId);

    /** The row locked until the transaction ends: two signatures of one draft are serialised. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from OfficialDocument d where d.id = :id")
    Optional<OfficialDocument> lockById(@Param("id") Long id);

    Optional<OfficialDocument> findFirstByPlanIdAndKindAndStatusOrderByIdDesc(Long planId, String kind, OfficialDocument.Status status);

    List<OfficialDocument> findByPlanIdAndKindOrderByIdAsc(Long planId, String kind);

    List<OfficialDocument> findByAgencyIdAndYearAndStatusOrderBySequenceKeyAscNumberAsc(Long agencyId, int year,
            OfficialDocument.Status status);
}
