package vn.thidua.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

    List<OfficialDocument> findByPlanIdOrderByIdAsc(Long planId);

    List<OfficialDocument> findByAgencyIdAndYearAndStatusOrderBySequenceKeyAscNumberAsc(Long agencyId, int year,
            OfficialDocument.Status status);
}
