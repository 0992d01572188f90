package vn.thidua.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One "Căn cứ" of the plan: the document it builds on. */
@Embeddable
public record PlanBasis(
        @Column(name = "text") String text,
        @Column(name = "reference") String reference,
        @Column(name = "issued_on") LocalDate issuedOn,
        @Column(name = "issuer") String issuer) {
}
