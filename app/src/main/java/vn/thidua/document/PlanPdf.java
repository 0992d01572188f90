package vn.thidua.document;

import java.time.LocalDate;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/** Renders a plan's documents from its data; number and date are null while a draft. */
public interface PlanPdf {

    byte[] plan(Agency agency, Plan plan, Integer number, LocalDate issuedOn);

    byte[] awardDecision(Agency agency, Plan plan, Integer number, LocalDate issuedOn);
}
