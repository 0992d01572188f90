package vn.thidua.workflow.signingdesk;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.document.PlanDocuments;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.document.SignatureRefusedException.Reason;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.organisation.WardAccess;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanReview;
import vn.thidua.plan.PlanReviewRepository;
import vn.thidua.plan.PlanService;
import vn.thidua.security.ActingAs;
import vn.thidua.security.Official;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

/**
 * The chairman's signature step seen from the signer: documents awaiting this person across all
 * plans of the ward, and the actions on one (sign, return with a comment, hand to a vice-chairman,
 * or sign with a token in two phases). Every engine call runs as the person (ActingAs), so the
 * engine's history and user operation log name the chairman, not the application.
 */
@Service
public class SignatureDesk {

    /** The step that submits each signature task (end times have second precision: never guess by time alone). */
    private static final Map<String, String> SUBMITTED_BY_STEP = Map.of(
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN, PlanLifecycleModel.USER_TASK_REVIEW_PLAN,
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_REPORT, PlanLifecycleModel.USER_TASK_REVIEW_REPORT,
            PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES, PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING,
            PlanLifecycleModel.USER_TASK_CHAIR_SIGN_MINUTES, PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES,
            // The decision comes from the council (its minutes issued meanwhile by the clerk).
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_AWARDS, PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING);
    private static final Map<String, String> TYPE_NAMES = Map.of("KH", "Kế hoạch", "BC", "Báo cáo", "QD", "Quyết định",
            "BB", "Biên bản");
    private static final Map<String, String> STAGE_NAMES = Map.of(
            PlanLifecycleModel.USER_TASK_REVIEW_PLAN, "Xem xét dự thảo kế hoạch",
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN, "Chủ tịch ký kế hoạch",
            PlanLifecycleModel.USER_TASK_REVIEW_REPORT, "Xem xét báo cáo kết quả",
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_REPORT, "Chủ tịch ký báo cáo",
            PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES, "Thư ký Hội đồng ký biên bản",
            PlanLifecycleModel.USER_TASK_CHAIR_SIGN_MINUTES, "Chủ tịch Hội đồng ký biên bản",
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_AWARDS, "Chủ tịch ký quyết định khen thưởng");

    public record InboxItem(String taskId, long documentId, String typeName, String title, String planTitle,
            String submittedBy, Instant submittedAt, Date due, boolean overdue, String delegatedBy, String signerName) {
    }

    public record ReviewEntry(String stage, String reviewer, boolean returned, String comment, Instant at) {
    }

    public record Deputy(String login, String name) {
    }

    /**
     * The page's document; {@code pages} and {@code sha256} are what the confirmation shows and the
     * signature checks; {@code awardDecision} and {@code agencyId} let the page link the ward's award
     * history beside a QĐ khen thưởng, where the signer checks the recipients' earlier awards.
     */
    public record Detail(InboxItem item, String documentUrl, List<ReviewEntry> history, List<Deputy> deputies,
            boolean mayDelegate, int pages, String sha256, boolean awardDecision, Long agencyId) {
    }

    private final TaskService tasks;
    private final HistoryService history;
    private final ActingAs acting;
    private final DocumentSignatures signatures;
    private final PlanDocuments planDocuments;
    private final OfficialDocumentRepository documents;
    private final WardAccess wardAccess;
    private final PlanRepository plans;
    private final PlanReviewRepository reviews;
    private final PersonRepository people;
    private final Clock clock;

    SignatureDesk(TaskService tasks, HistoryService history, ActingAs acting, DocumentSignatures signatures,
            PlanDocuments planDocuments, OfficialDocumentRepository documents, WardAccess wardAccess,
            PlanRepository plans, PlanReviewRepository reviews, PersonRepository people, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.acting = acting;
        this.signatures = signatures;
        this.planDocuments = planDocuments;
        this.documents = documents;
        this.wardAccess = wardAccess;
        this.plans = plans;
        this.reviews = reviews;
        this.people = people;
        this.clock = clock;
    }

    /** Documents awaiting this person's signature, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(Official official) {
        // The engine's own authorization and tenant checks decide what this person may see.
        List<Task> visible = acting.call(official, () -> tasks.createTaskQuery()
                .taskDefinitionKeyIn(PlanLifecycleModel.SIGNATURE_TASKS.toArray(String[]::new)).active().list());
        Instant now = clock.instant();
        return visible.stream().filter(t -> awaits(t, official)).map(t -> item(t, now))
                .sorted(Comparator.comparing((InboxItem i) -> !i.overdue())
                        .thenComparing(i -> i.due() == null ? Instant.MAX : i.due().toInstant()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Detail open(Official official, long documentId) {
        Task task = waitingTask(official, documentId);
        OfficialDocument doc = documents.findById(documentId).orElseThrow();
        InboxItem item = item(task, clock.instant());
        List<ReviewEntry> entries = doc.getPlanId() == null ? List.of() : reviews.findByPlanIdOrderByIdAsc(doc.getPlanId())
                .stream().map(this::entry).toList();
        boolean mayDelegate = task.getAssignee() == null || task.getAssignee().equals(official.userId());
        mayDelegate &= official.groupIds().stream().anyMatch(g -> g.endsWith("." + Role.CHAIRMAN));
        // The council's minutes are signed by its own secretary and chair: nobody signs them "ký thay".
        mayDelegate &= mayBeDelegated(doc);
        List<Deputy> deputies = mayDelegate ? planDocuments.deputies(doc.getAgencyId()).stream()
                .map(p -> new Deputy(p.getUsername(), p.getFullName())).toList() : List.of();
        return new Detail(item, "/api/documents/" + documentId + "/pdf", entries, deputies, mayDelegate && !deputies.isEmpty(),
                pageCount(doc.getPdf()), sha256(doc.getPdf()), "QD".equals(doc.getKind()), doc.getAgencyId());
    }

    /**
     * Signs what the person confirmed: refused (409, nothing written) when the draft changed since
     * the confirmation showed it (re-rendered, or handed to a deputy).
     */
    @Transactional
    public OfficialDocument signConfirmed(Official official, long documentId, String confirmedSha256) {
        OfficialDocument doc = documents.findById(documentId).orElseThrow(() -> notFound());
        if (doc.getPdf() != null && !sha256(doc.getPdf()).equalsIgnoreCase(confirmedSha256)) {
            throw new SignatureRefusedException(Reason.CONFLICT,
                    "Văn bản đã thay đổi sau khi bạn xem xác nhận; hãy xem lại văn bản rồi ký.");
        }
        return sign(official, documentId);
    }

    /** Signs with the person's server-held key and completes the task as "approve", in one transaction. */
    @Transactional
    public OfficialDocument sign(Official official, long documentId) {
        Task task = waitingTask(official, documentId);
        OfficialDocument signed = signatures.signWithServerKey(documentId, official.userId());
        completeAs(official, task, Map.of(PlanLifecycleModel.DECISION, PlanService.APPROVE));
        return signed;
    }

    /** Returns the document with a required comment; the review listener records it. */
    @Transactional
    public void returnWithComment(Official official, long documentId, String comment) {
        Task task = waitingTask(official, documentId);
        if (comment == null || VietnameseText.cleanOrNull(comment) == null) {
            throw new SignatureRefusedException(Reason.INVALID, "Hãy ghi nội dung cần chỉnh sửa khi trả lại.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(PlanLifecycleModel.DECISION, PlanService.RETURN);
        variables.put(PlanLifecycleModel.COMMENT, comment);
        completeAs(official, task, variables);
    }

    /** "Giao Phó Chủ tịch ký thay": re-rendered with the deputy's block, then in the deputy's inbox. */
    @Transactional
    public void delegate(Official official, long documentId, String deputyLogin) {
        Task task = waitingTask(official, documentId);
        if (official.groupIds().stream().noneMatch(g -> g.endsWith("." + Role.CHAIRMAN))) {
            throw new SignatureRefusedException(Reason.FORBIDDEN, "Chỉ Chủ tịch giao ký thay được.");
        }
        OfficialDocument doc = documents.findById(documentId).orElseThrow();
        if (!mayBeDelegated(doc)) {
            throw new SignatureRefusedException(Reason.FORBIDDEN, "Biên bản họp Hội đồng do Thư ký và Chủ tịch Hội đồng ký, không giao ký thay.");
        }
        Plan plan = plans.findById(doc.getPlanId()).orElseThrow();
        planDocuments.assignDeputy(plan, documentId, deputyLogin, official.userId());
        acting.call(official, () -> {
            tasks.setAssignee(task.getId(), deputyLogin);
            return null;
        });
    }

    /** Phase one of a token signature for the waiting task. */
    @Transactional
    public DocumentSignatures.Prepared prepare(Official official, long documentId, X509Certificate tokenCertificate) {
        Task task = waitingTask(official, documentId);
        return signatures.prepare(documentId, official.userId(), task.getId(), tokenCertificate);
    }

    /** Phase two: embeds the token's container and completes the task it was prepared for as "approve". */
    @Transactional
    public OfficialDocument complete(Official official, long documentId, String preparedId, byte[] cms) {
        Task task = waitingTask(official, documentId);
        DocumentSignatures.Completed completed = signatures.complete(documentId, preparedId, official.userId(), cms);
        if (!task.getId().equals(completed.taskId())) {
            throw new SignatureRefusedException(Reason.CONFLICT, "Chữ ký được chuẩn bị cho một lượt trình ký trước; hãy chuẩn bị lại.");
        }
        completeAs(official, task, Map.of(PlanLifecycleModel.DECISION, PlanService.APPROVE));
        return completed.document();
    }

    private void completeAs(Official official, Task task, Map<String, Object> variables) {
        acting.call(official, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), official.userId());
            }
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /**
     * The signature task now waiting for this document, if it is this person's: another ward's
     * document is not found (404), somebody else's is forbidden (403), a signed or returned one is
     * no longer waiting (409).
     */
    private Task waitingTask(Official official, long documentId) {
        OfficialDocument doc = documents.findById(documentId).orElseThrow(() -> notFound());
        if (wardAccess.toAgency(official, doc.getAgencyId()) != WardAccess.Answer.ALLOWED) {
            throw notFound();
        }
        List<Task> waiting = tasks.createTaskQuery().taskDefinitionKeyIn(PlanLifecycleModel.SIGNATURE_TASKS.toArray(String[]::new))
                .processVariableValueEquals(PlanLifecycleModel.DOCUMENT_ID, documentId).active().list();
        if (waiting.isEmpty()) {
            throw new SignatureRefusedException(Reason.CONFLICT, doc.getStatus() == OfficialDocument.Status.ISSUED
                    ? "Văn bản đã ban hành." : doc.isSigned() ? "Văn bản đã được ký." : "Văn bản không còn chờ ký (đã trả lại hoặc chưa trình).");
        }
        Task task = waiting.get(0);
        if (!awaits(task, official)) {
            throw new SignatureRefusedException(Reason.FORBIDDEN, "Văn bản này không chờ chữ ký của bạn.");
        }
        return task;
    }

    private static boolean mayBeDelegated(OfficialDocument doc) {
        return !"BB".equals(doc.getKind());
    }

    private boolean awaits(Task task, Official official) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(official.userId());
        }
        String agencyCode = task.getTenantId();
        return agencyCode != null && official.inGroup(GroupIds.role(agencyCode, Role.CHAIRMAN));
    }

    private InboxItem item(Task task, Instant now) {
        Map<String, Object> variables = tasks.getVariables(task.getId(),
                List.of(PlanLifecycleModel.DOCUMENT_ID, PlanLifecycleModel.PLAN_TITLE));
        long documentId = PlanLifecycleModel.documentId(variables);
        OfficialDocument doc = documents.findById(documentId).orElseThrow();
        HistoricTaskInstance previous = history.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).finished()
                .taskDefinitionKey(SUBMITTED_BY_STEP.get(task.getTaskDefinitionKey()))
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        String submitter = previous == null ? null : name(previous.getAssignee());
        Instant submittedAt = previous == null ? task.getCreateTime().toInstant() : previous.getEndTime().toInstant();
        boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
        var signer = doc.signer();
        return new InboxItem(task.getId(), documentId, TYPE_NAMES.getOrDefault(doc.getKind(), doc.getKind()), doc.getTitle(),
                (String) variables.get(PlanLifecycleModel.PLAN_TITLE), submitter, submittedAt, task.getDueDate(), overdue,
                name(doc.getDelegatedBy()), signer == null ? null : signer.name());
    }

    private ReviewEntry entry(PlanReview r) {
        return new ReviewEntry(STAGE_NAMES.getOrDefault(r.getStage(), r.getStage()), name(r.getReviewer()),
                PlanService.RETURN.equals(r.getDecision()), r.getComment(), r.getReviewedAt());
    }

    private String name(String login) {
        if (login == null) {
            return null;
        }
        return people.findByUsername(login).map(Person::getFullName).orElse(login);
    }

    private static int pageCount(byte[] pdf) {
        if (pdf == null) {
            return 0;
        }
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignatureRefusedException notFound() {
        return new SignatureRefusedException(Reason.NOT_FOUND, "Không tìm thấy văn bản.");
    }
}
