package vn.thidua.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByAgencyIdOrderByPosition(Long agencyId);
}
