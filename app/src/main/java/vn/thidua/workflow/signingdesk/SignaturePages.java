package vn.thidua.workflow.signingdesk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.AwardAccess;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.document.UnverifiableSignatureException;
import vn.thidua.workflow.signingdesk.SignatureDesk;
import vn.thidua.workflow.signingdesk.SignatureDesk.InboxItem;
import vn.thidua.security.Official;
import vn.thidua.signing.SigningException;

/**
 * The signer's pages (ours, not Tasklist): the inbox of documents awaiting this person's signature
 * and one document with its PDF, review history and the actions. Forms post with Spring
 * Security's CSRF token; every refusal re-shows the page with the reason and changes nothing.
 */
@Controller
class SignaturePages {

    private static final Logger LOG = LoggerFactory.getLogger(SignaturePages.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnameseDates.VIETNAM);

    /** One inbox row as shown. */
    record Row(long documentId, String typeName, String title, String planTitle, String submittedBy, String submittedAt,
            String due, boolean overdue, String delegatedBy, String signerName) {
    }

    private final SignatureDesk desk;
    private final AwardAccess awardAccess;

    SignaturePages(SignatureDesk desk, AwardAccess awardAccess) {
        this.desk = desk;
        this.awardAccess = awardAccess;
    }

    @GetMapping("/app/ky-so")
    String inbox(@AuthenticationPrincipal Official official, Model model) {
        model.addAttribute("user", official.userId());
        model.addAttribute("rows", desk.inbox(official).stream().map(SignaturePages::row).toList());
        return "signing/inbox";
    }

    @GetMapping("/app/ky-so/{id}")
    String document(@AuthenticationPrincipal Official official, @PathVariable long id, Model model,
            HttpServletResponse response) {
        try {
            return showDocument(official, id, model);
        } catch (SignatureRefusedException e) {
            return inboxWithError(official, model, response, e);
        }
    }

    /**
     * Without {@code sha256} (the page without script): the confirmation step, showing what would
     * be signed. With it: signs that exact draft.
     */
    @PostMapping("/app/ky-so/{id}/ky")
    String sign(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestParam(name = "sha256", required = false) String sha256, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (sha256 == null || sha256.isBlank()) {
                model.addAttribute("confirming", true);
                return showDocument(official, id, model);
            }
            var signed = desk.signConfirmed(official, id, sha256.strip());
            redirect.addFlashAttribute("message", "Đã ký số: " + signed.getTitle());
            return "redirect:/app/ky-so";
        } catch (RuntimeException e) {
            return refused(official, id, model, response, e, null);
        }
    }

    @PostMapping("/app/ky-so/{id}/tra-lai")
    String giveBack(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestParam(name = "comment", required = false) String comment, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            desk.returnWithComment(official, id, comment);
            redirect.addFlashAttribute("message", "Đã trả lại văn bản kèm ý kiến.");
            return "redirect:/app/ky-so";
        } catch (RuntimeException e) {
            return refused(official, id, model, response, e, comment);
        }
    }

    @PostMapping("/app/ky-so/{id}/giao-ky-thay")
    String delegate(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestParam(name = "deputy", required = false) String deputy, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            desk.delegate(official, id, deputy == null ? "" : deputy);
            redirect.addFlashAttribute("message", "Đã giao Phó Chủ tịch ký thay.");
            return "redirect:/app/ky-so";
        } catch (RuntimeException e) {
            return refused(official, id, model, response, e, null);
        }
    }

    private String showDocument(Official official, long id, Model model) {
        SignatureDesk.Detail detail = desk.open(official, id);
        model.addAttribute("user", official.userId());
        model.addAttribute("doc", row(detail.item()));
        model.addAttribute("pdfUrl", detail.documentUrl());
        model.addAttribute("history", detail.history().stream().map(h -> new History(h.stage(), h.reviewer(),
                h.returned(), h.comment(), format(h.at()))).toList());
        model.addAttribute("deputies", detail.deputies());
        model.addAttribute("mayDelegate", detail.mayDelegate());
        model.addAttribute("pages", detail.pages());
        model.addAttribute("sha256", detail.sha256());
        model.addAttribute("awardHistoryWard", detail.awardDecision()
                ? awardAccess.readableHistoryWard(official, detail.agencyId()).orElse(null) : null);
        if (!model.containsAttribute("confirming")) {
            model.addAttribute("confirming", false);
        }
        return "signing/document";
    }

    record History(String stage, String reviewer, boolean returned, String comment, String at) {
    }

    /** The page again with the reason; the status says what kind of refusal it was. */
    private String refused(Official official, long id, Model model, HttpServletResponse response, RuntimeException e,
            String comment) {
        int status = status(e);
        response.setStatus(status);
        model.addAttribute("error", message(e));
        model.addAttribute("comment", comment);
        try {
            return showDocument(official, id, model);
        } catch (SignatureRefusedException gone) {
            return inboxWithError(official, model, response, e);
        }
    }

    private String inboxWithError(Official official, Model model, HttpServletResponse response, RuntimeException e) {
        response.setStatus(status(e));
        model.addAttribute("error", message(e));
        model.addAttribute("user", official.userId());
        model.addAttribute("rows", desk.inbox(official).stream().map(SignaturePages::row).toList());
        return "signing/inbox";
    }

    static int status(RuntimeException e) {
        if (e instanceof UnverifiableSignatureException) {
            return 422; // the signature or file does not verify: not a field the person can correct
        }
        if (e instanceof SignatureRefusedException r) {
            return switch (r.reason()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case INVALID -> 400;
            };
        }
        if (e instanceof vn.thidua.signing.key.KeyStoreAccessException) {
            return 503; // the server's key store: an operator must fix it, the person cannot
        }
        if (e instanceof SigningException) {
            return 422;
        }
        if (e instanceof InvalidInputException || causedBy(e, InvalidInputException.class) != null) {
            return 400;
        }
        throw e;
    }

    static String message(RuntimeException e) {
        InvalidInputException invalid = e instanceof InvalidInputException i ? i : causedBy(e, InvalidInputException.class);
        if (invalid != null) {
            return String.join(" ", invalid.problems().stream().map(InvalidInputException.FieldProblem::message).toList());
        }
        if (e instanceof SigningException) {
            LOG.warn("Signing refused: {}", e.getMessage());
        }
        return e.getMessage();
    }

    private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Row row(InboxItem i) {
        return new Row(i.documentId(), i.typeName(), i.title(), i.planTitle(), i.submittedBy(), format(i.submittedAt()),
                i.due() == null ? null : format(i.due().toInstant()), i.overdue(), i.delegatedBy(), i.signerName());
    }

    private static String format(Instant at) {
        return at == null ? null : TIME.format(at);
    }


}
