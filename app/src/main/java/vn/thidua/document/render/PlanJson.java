package vn.thidua.document.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.Recipients;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.document.render.content.Threshold;

/**
 * Reads the plan JSON format of {@code demo/plan-*.json} into a {@link PlanDocument} (and its
 * targets, which reports are built from). Used by the preview tool, the benchmark and tests.
 */
public final class PlanJson {

    /** "Lưu: VT, VHXH." and the Hà Đông slip "Lưu VT, VH-XH." (missing colon) both name the unit. */
    private static final Pattern ARCHIVE_LINE = Pattern.compile("^Lưu:?\\s*VT\\s*,\\s*(.+?)\\.?$");
    private static final String UBND = "ỦY BAN NHÂN DÂN";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A target as the plan states it. */
    public record Target(String code, String name, Threshold threshold) {
    }

    /** The plan as a document, plus the data other documents are built from. */
    public record Plan(PlanDocument document, List<Target> targets, String agencyShortName) {
    }

    private PlanJson() {
    }

    public static Plan read(InputStream json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        JsonNode agency = required(root, "agency");
        JsonNode doc = required(root, "document");
        PlanDocument document = new PlanDocument(
                header(agency, doc),
                text(doc, "title"),
                sections(required(root, "sections")),
                new SignatureBlock(text(doc, "signerAuthority"), text(doc, "signerTitle"), text(doc, "signerName")),
                recipients(required(root, "recipients")));
        return new Plan(document, targets(root.path("targets")), text(agency, "shortName"));
    }

    private static DocumentHeader header(JsonNode agency, JsonNode doc) {
        String notation = text(doc, "notation");
        JsonNode number = doc.path("number");
        DocumentNumber documentNumber = number.isInt()
                ? DocumentNumber.issued(number.intValue(), notation)
                : DocumentNumber.draft(notation == null ? "KH-UBND" : notation);
        String issued = text(doc, "issuedOn");
        LocalDate date = issued == null ? null : LocalDate.parse(issued);
        int year = date == null ? VietnameseDates.today().getYear() : date.getYear();
        // A ward's UBND prints no parent line since the 2025 reform (Thạch Khôi plan).
        return new DocumentHeader(null, agencyLines(text(agency, "name")), documentNumber,
                text(agency, "place"), date, year);
    }

    /** "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI" breaks as the plans print it: body, then the place. */
    static List<String> agencyLines(String name) {
        if (name.startsWith(UBND + " ")) {
            return List.of(UBND, name.substring(UBND.length() + 1));
        }
        return List.of(name);
    }

    private static List<PlanSection> sections(JsonNode array) {
        List<PlanSection> sections = new ArrayList<>();
        for (JsonNode node : array) {
            sections.add(new PlanSection(text(node, "heading"), strings(node.path("paragraphs")),
                    sections(node.path("children"))));
        }
        return sections;
    }

    private static Recipients recipients(JsonNode array) {
        List<String> names = strings(array);
        if (!names.isEmpty()) {
            Matcher archive = ARCHIVE_LINE.matcher(names.get(names.size() - 1));
            if (archive.matches()) {
                return new Recipients(names.subList(0, names.size() - 1), archive.group(1).strip());
            }
        }
        throw new IllegalArgumentException("The recipients must end with the office copy \"Lưu: VT, <unit>.\"");
    }

    private static List<Target> targets(JsonNode array) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode node : array) {
            JsonNode value = node.path("threshold");
            BigDecimal threshold = value.isNumber() ? value.decimalValue().stripTrailingZeros() : null;
            targets.add(new Target(text(node, "code"), text(node, "name"),
                    new Threshold(comparison(text(node, "operator")), threshold, text(node, "unit"))));
        }
        return targets;
    }

    private static Threshold.Comparison comparison(String operator) {
        return switch (operator) {
            case ">=" -> Threshold.Comparison.AT_LEAST;
            case ">" -> Threshold.Comparison.MORE_THAN;
            case "<=" -> Threshold.Comparison.AT_MOST;
            case "<" -> Threshold.Comparison.LESS_THAN;
            case "=" -> Threshold.Comparison.EQUAL;
            case "plan" -> Threshold.Comparison.PLAN;
            case "boolean" -> Threshold.Comparison.MAINTAINED;
            default -> throw new IllegalArgumentException("Unknown target operator \"" + operator + "\"");
        };
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("Plan JSON lacks \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : VietnameseText.cleanOrNull(value.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array) {
            String value = VietnameseText.cleanOrNull(node.asText());
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
