package vn.thidua.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan exchange format (see demo/plan-thach-khoi-50-KH-UBND-2025.json): what a specialist
 * imports or the API accepts to create a draft.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanData(Document document, List<Basis> basis, String theme, List<Section> sections,
        List<Target> targets, List<Deadline> deadlines, List<String> recipients, List<UnitRef> units,
        LocalDate launchDeadline, LocalDate reportDeadline, LocalDate campaignEnd) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String type, String title, String signerTitle, String signerAuthority, String signerName,
            LocalDate issuedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Basis(String text, String reference, LocalDate date, String issuer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String heading, List<String> paragraphs, List<Section> children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String code, String name, String operator, BigDecimal threshold, String unit, String text,
            String aggregation, List<String> responsibleUnits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String what, LocalDate due, String reportTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitRef(String code, String name, String kind, Boolean isClass) {
    }
}
