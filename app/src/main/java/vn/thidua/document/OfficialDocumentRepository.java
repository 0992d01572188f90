package vn.thidua.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

    List<OfficialDocument> findByPlanIdOrderByIdAsc(Long planId);

    Optional<OfficialDocument> findFirstByPlanIdAndKindAndStatusOrderByIdDesc(Long planId, String kind, OfficialDocument.Status status);

    List<OfficialDocument> findByPlanIdAndKindOrderByIdAsc(Long planId, String kind);

    List<OfficialDocument> findByAgencyIdAndYearAndStatusOrderBySequenceKeyAscNumberAsc(Long agencyId, int year,
            OfficialDocument.Status status);
}
