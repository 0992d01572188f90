package vn.thidua.document;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

    /**
     * The row locked until commit: two issuers of one draft take turns, the second sees it issued;
     * two signatures of one draft are serialised the same way.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from OfficialDocument d where d.id = ?1")
    Optional<OfficialDocument> lockById(Long id);

    List<OfficialDocument> findByPlanIdOrderByIdAsc(Long planId);

    Optional<OfficialDocument> findFirstByPlanIdAndKindAndStatusOrderByIdDesc(Long planId, String kind, OfficialDocument.Status status);

    List<OfficialDocument> findByPlanIdAndKindOrderByIdAsc(Long planId, String kind);

    List<OfficialDocument> findByAgencyIdAndYearAndStatusOrderBySequenceKeyAscNumberAsc(Long agencyId, int year,
            OfficialDocument.Status status);
}
