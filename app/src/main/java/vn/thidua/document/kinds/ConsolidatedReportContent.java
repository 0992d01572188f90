package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Consolidation;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.document.render.content.ConsolidatedReport;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.document.render.content.TargetResult;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanTarget;

/** The ward's Báo cáo kết quả: the computed table of every target and the specialist's narrative. */
@Component
class ConsolidatedReportContent implements SignedByTheHead {

    private final ConsolidationService consolidation;
    private final PlanCitation citation;

    ConsolidatedReportContent(ConsolidationService consolidation, PlanCitation citation) {
        this.consolidation = consolidation;
        this.citation = citation;
    }

    @Override
    public String kind() {
        return "BC";
    }

    @Override
    public String notation(Agency agency) {
        return "BC-UBND";
    }

    @Override
    public String title(Plan plan) {
        return "Kết quả thực hiện Kế hoạch phát động đợt thi đua năm " + plan.getYear();
    }

    @Override
    public SignatureBlock headSignature(Plan plan) {
        return SignedByTheHead.planSigner(plan);
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        Consolidation table = consolidation.compute(plan.getId());
        Map<String, Consolidation.TargetResult> byCode = table.targets().stream()
                .collect(Collectors.toMap(Consolidation.TargetResult::code, Function.identity()));
        List<TargetResult> results = new ArrayList<>();
        for (PlanTarget target : plan.getTargets()) {
            Consolidation.TargetResult r = byCode.get(target.getCode());
            boolean yesNo = target.getOperator() == vn.thidua.plan.TargetOperator.YES_NO;
            // A target nobody reported a figure for is not shown as met.
            results.add(new TargetResult(target.getName(), Thresholds.of(target), yesNo ? null : r.result(),
                    Boolean.TRUE.equals(r.achieved())));
        }
        List<PlanSection> sections = new ArrayList<>();
        if (plan.getConsolidationNote() != null) {
            sections.add(new PlanSection("II. ĐÁNH GIÁ CHUNG", List.of(plan.getConsolidationNote().split("\n")), List.of()));
        }
        long late = table.units().stream().filter(u -> u.reportOverdue()).count();
        sections.add(new PlanSection("III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", List.of(
                "Tổng số đơn vị thực hiện: " + table.unitsTotal() + "; đã báo cáo: " + table.reportedCount()
                        + "; báo cáo quá hạn hoặc chưa báo cáo: " + Math.max(late, table.unitsTotal() - table.reportedCount()) + "."),
                List.of()));
        String parent = agency.getParentName() == null ? "Ủy ban nhân dân thành phố" : agency.getParentName().replace("UBND", "Ủy ban nhân dân");
        return new ConsolidatedReport(Letterheads.header(agency, notation(agency), number, issuedOn), title(plan),
                List.of(parent), List.of(introduction(agency, plan)), results, sections,
                signature,
                Letterheads.recipients(agency, List.of(parent, "Thường trực Đảng ủy, HĐND " + Letterheads.inText(agency),
                        "Chủ tịch, các Phó Chủ tịch UBND " + Letterheads.inText(agency))));
    }

    private String introduction(Agency agency, Plan plan) {
        return "Thực hiện " + citation.plan(agency, plan) + ", Ủy ban nhân dân " + Letterheads.inText(agency)
                + " báo cáo kết quả thực hiện như sau:";
    }
}
