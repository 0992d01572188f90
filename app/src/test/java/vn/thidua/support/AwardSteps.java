package vn.thidua.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.thidua.award.proposal.ProposalInput;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

/**
 * The award round's steps as the officials do them: unit heads and the specialist through the
 * proposal API (what the task forms call, HTTP Basic here), the tasks through the engine as the
 * person whose task it is (Officials), each council member's ballot on their own login.
 * Lazy: the benchmarks start the application from the test classpath without a TestRestTemplate,
 * and never ask for it.
 */
@Component
@org.springframework.context.annotation.Lazy
public class AwardSteps {

    public static final String PASSWORD = "demo";
    /** The demo ward's council (organisation file): chairman, vice-chairman, standing vice-chair, member, secretary. */
    public static final List<String> COUNCIL = List.of("khang.pm", "hang.vtt", "anh.ltm", "tung.bv", "diep.tn");
    public static final String SECRETARY = "diep.tn";
    /** The council's chair (organisation file), who signs the Biên bản after the secretary. */
    public static final String COUNCIL_CHAIR = "khang.pm";

    private final TestRestTemplate http;
    private final Officials officials;
    private final TaskService tasks;

    AwardSteps(TestRestTemplate http, Officials officials, TaskService tasks) {
        this.http = http;
        this.officials = officials;
        this.tasks = tasks;
    }

    /**
     * The Biên bản after the meeting closed: the secretary, then the chair sign it on the signing
     * desk (the page's action), the clerk issues it; the decision then awaits the chairman.
     */
    public void signAndIssueMinutes(String planInstanceId, LocalDate on) {
        officials.sign(SECRETARY, planInstanceId);
        officials.sign(COUNCIL_CHAIR, planInstanceId);
        officials.complete(PlanDriver.CLERK, planInstanceId, PlanLifecycleModel.USER_TASK_ISSUE_MINUTES,
                Map.of(PlanLifecycleModel.ISSUE_DATE, on.toString()));
    }

    /** A unit head's new proposal (201), as the proposal form saves it; returns the proposal's id. */
    public long propose(String head, long planId, ProposalInput input) {
        ResponseEntity<Map> created = http.withBasicAuth(head, PASSWORD)
                .postForEntity("/api/award-rounds/" + planId + "/proposals", input, Map.class);
        if (created.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError(head + " could not propose: " + created.getStatusCode() + " " + created.getBody());
        }
        return ((Number) created.getBody().get("id")).longValue();
    }

    /** The same call, answered as it is (for refusals). */
    public ResponseEntity<String> tryPropose(String head, long planId, ProposalInput input) {
        return http.withBasicAuth(head, PASSWORD).postForEntity("/api/award-rounds/" + planId + "/proposals", input, String.class);
    }

    public ResponseEntity<String> correct(String head, long proposalId, ProposalInput input) {
        return http.withBasicAuth(head, PASSWORD).exchange("/api/award-proposals/" + proposalId, HttpMethod.PUT,
                new HttpEntity<>(input), String.class);
    }

    public ResponseEntity<String> upload(String head, long proposalId, String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(head, PASSWORD).postForEntity("/api/award-proposals/" + proposalId + "/files",
                new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<String> returnToUnit(String specialist, long proposalId, String comment) {
        return http.withBasicAuth(specialist, PASSWORD).postForEntity("/api/award-proposals/" + proposalId + "/return",
                Map.of("comment", comment), String.class);
    }

    public ResponseEntity<String> check(String specialist, long planId) {
        return http.withBasicAuth(specialist, PASSWORD).postForEntity("/api/award-rounds/" + planId + "/check", null, String.class);
    }

    /** The secretary opens the meeting: date, place, who is present, absentees' written opinions. */
    public void openMeeting(String secretary, String planInstanceId, LocalDate on, List<String> present,
            List<Map<String, Object>> writtenOpinions) {
        officials.complete(secretary, planInstanceId, PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING, Map.of(
                PlanLifecycleModel.MEETING_DATE, on.toString(),
                PlanLifecycleModel.MEETING_PLACE, "Hội trường UBND phường",
                PlanLifecycleModel.PRESENT_MEMBERS, JsonVariables.json(present),
                PlanLifecycleModel.WRITTEN_OPINIONS, JsonVariables.json(writtenOpinions)));
    }

    /** The member's own vote task (assigned to them), completed with their secret ballot as a transient variable. */
    public void vote(String member, String planInstanceId, Map<Long, Boolean> ballots) {
        officials.as(member, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(planInstanceId)
                    .taskDefinitionKey(PlanLifecycleModel.USER_TASK_COUNCIL_VOTE).taskAssignee(member).singleResult();
            if (task == null) {
                throw new AssertionError(member + " has no vote task in " + planInstanceId);
            }
            tasks.complete(task.getId(), Variables.createVariables().putValueTyped(PlanLifecycleModel.BALLOTS,
                    Variables.stringValue(JsonVariables.mapper().valueToTree(ballots).toString(), true)));
            return null;
        });
    }

    /** Every member present votes the same on every candidate; the meeting then closes (async). */
    public void everyoneVotes(String planInstanceId, List<String> present, List<Long> candidates, boolean agree) {
        Map<Long, Boolean> ballots = new java.util.HashMap<>();
        candidates.forEach(id -> ballots.put(id, agree));
        present.forEach(member -> vote(member, planInstanceId, ballots));
        officials.awaitJobs(Duration.ofSeconds(60));
    }

    /** A proposal as the demo forms fill it: an individual typed by name. */
    public static ProposalInput individual(String name, String gender, String title, String awardType, String completion,
            boolean initiative) {
        return new ProposalInput("INDIVIDUAL", null, name, title, gender, awardType, "Báo cáo thành tích năm.", completion,
                initiative, "KHONG", false, false, null, null, null, null, 9, 10, null);
    }

    public static ProposalInput collective(String name, String awardType, String justification) {
        return new ProposalInput("COLLECTIVE", null, name, null, null, awardType, "Báo cáo thành tích tập thể.", "TOT",
                false, "KHONG", false, false, 25, 20, 12, 0, 20, 25, justification);
    }

    public static ProposalInput member(long personId, String awardType, String completion, boolean initiative) {
        return new ProposalInput("INDIVIDUAL", personId, null, null, null, awardType, "Báo cáo thành tích năm.", completion,
                initiative, "KHONG", false, false, null, null, null, null, 9, 10, null);
    }
}
