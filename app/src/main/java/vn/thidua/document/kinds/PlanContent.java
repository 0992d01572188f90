package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/** The Kế hoạch itself, with the structure and wording of its sections. */
@Component
class PlanContent implements DocumentKindContent {

    @Override
    public String kind() {
        return "KH";
    }

    @Override
    public String notation(Agency agency) {
        return "KH-UBND";
    }

    @Override
    public String title(Plan plan) {
        return plan.getTitle();
    }

    @Override
    public SignatureBlock headSignature(Plan plan) {
        return new SignatureBlock(plan.getSignerAuthority(), plan.getSignerTitle(), plan.getSignerName());
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        return content(agency, plan, number, issuedOn, headSignature(plan));
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        return new PlanDocument(Letterheads.header(agency, notation(agency), number, issuedOn), plan.getTitle(), sections(plan),
                signature,
                Letterheads.recipients(agency, plan.getRecipients()));
    }

    /** Our outline is flat with levels; the renderer wants the tree back. */
    static List<PlanSection> sections(Plan plan) {
        List<Node> roots = new ArrayList<>();
        Node[] open = new Node[4];
        for (vn.thidua.plan.PlanSection s : plan.getSections()) {
            Node node = new Node(s.heading(), s.paragraphs());
            int level = Math.max(0, Math.min(3, s.level()));
            Node parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = open[l];
            }
            if (level <= 1 || parent == null) {
                roots.add(node);
            } else {
                parent.children.add(node);
            }
            if (level >= 1) {
                open[level] = node;
                for (int l = level + 1; l < open.length; l++) {
                    open[l] = null;
                }
            }
        }
        return roots.stream().map(Node::toSection).toList();
    }

    private static final class Node {
        final String heading;
        final List<String> paragraphs;
        final List<Node> children = new ArrayList<>();

        Node(String heading, List<String> paragraphs) {
            this.heading = heading;
            this.paragraphs = paragraphs;
        }

        PlanSection toSection() {
            return new PlanSection(heading, paragraphs, children.stream().map(Node::toSection).toList());
        }
    }
}
