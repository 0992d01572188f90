package vn.thidua.workflow.unitcampaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

/**
 * The fan-out runs as parallel chunk jobs (chunks of 3 units in the test profile): every addressed
 * unit gets exactly one instance, also when a chunk fails and is retried, and a chunk run again
 * (a duplicate job, a retry after its lock expired) starts nothing.
 */
@IntegrationTest
class UnitCampaignFanOutTest {

    private static final List<String> UNITS = List.of("tdp-06", "tdp-07", "tdp-08", "tdp-09", "tdp-10", "mn-thach-khoi", "tyt-thach-khoi");

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired UnitCampaignProcess starter;

    @AfterEach
    void dropFailureInjection() {
        jdbc.execute("DROP TRIGGER IF EXISTS test_fail_campaign_start");
        jdbc.execute("DROP TABLE IF EXISTS test_fail_campaign_start_flag");
    }

    @Test
    void aChunkThatFailsIsRetriedAndEveryUnitEndsWithExactlyOneInstance() {
        // While the flag row exists, recording the instance of tdp-08 fails: its whole chunk
        // (the instances it started before, too) rolls back, and the engine retries the job.
        jdbc.execute("CREATE TABLE test_fail_campaign_start_flag (id INT PRIMARY KEY)");
        jdbc.execute("INSERT INTO test_fail_campaign_start_flag VALUES (1)");
        jdbc.execute("CREATE TRIGGER test_fail_campaign_start BEFORE UPDATE ON unit_campaign FOR EACH ROW"
                + " BEGIN IF NEW.process_instance_id IS NOT NULL AND OLD.process_instance_id IS NULL"
                + " AND NEW.unit_id = (SELECT id FROM org_unit WHERE code = 'tdp-08' LIMIT 1)"
                + " AND EXISTS (SELECT 1 FROM test_fail_campaign_start_flag) THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF; END");

        PlanDriver.Started s = driver.draft(UNITS.toArray(String[]::new));
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete(PlanDriver.VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign(PlanDriver.CHAIRMAN, s.processInstanceId());
        officials.complete(PlanDriver.CLERK, s.processInstanceId(), PlanLifecycleModel.USER_TASK_ISSUE_PLAN, Map.of(PlanLifecycleModel.ISSUE_DATE, java.time.LocalDate.now().toString()));

        // The failing chunk shows up as a job with an exception; the others have started their units.
        long end = System.currentTimeMillis() + 60_000;
        while (failedChunks() == 0) {
            assertThat(System.currentTimeMillis()).as("the injected failure happened").isLessThan(end);
            sleep(10);
        }
        assertThat(instancesOf(s.planId())).hasSizeLessThan(UNITS.size());
        // The failing chunk belongs to the plan's instance: out of retries, it is an incident there.
        assertThat(management.createJobQuery().processInstanceId(s.processInstanceId()).withException().count()).isOne();
        jdbc.execute("DELETE FROM test_fail_campaign_start_flag");
        officials.awaitJobs(Duration.ofSeconds(60));

        assertExactlyOneInstancePerUnit(s.planId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ?", Integer.class,
                StartUnitCampaignsJobHandler.TYPE)).isZero();
    }

    @Test
    void runningAChunkAgainStartsNothing() {
        PlanDriver.Started s = driver.issued(UNITS.toArray(String[]::new));
        assertExactlyOneInstancePerUnit(s.planId());

        List<Long> ids = campaigns.findByPlanId(s.planId()).stream().map(UnitCampaign::getId).sorted().toList();
        int started = tx.execute(t -> starter.start(new StartUnitCampaignsJobHandler.Chunk(s.planId(), ids.get(0),
                ids.get(ids.size() - 1), s.processInstanceId())));
        assertThat(started).isZero();
        assertExactlyOneInstancePerUnit(s.planId());
    }

    private void assertExactlyOneInstancePerUnit(Long planId) {
        List<UnitCampaign> rows = campaigns.findByPlanId(planId);
        assertThat(rows).hasSize(UNITS.size()).allSatisfy(c -> assertThat(c.getProcessInstanceId()).isNotNull());
        List<ProcessInstance> instances = instancesOf(planId);
        assertThat(instances).hasSize(UNITS.size());
        Map<String, Long> perKey = instances.stream().collect(Collectors.groupingBy(ProcessInstance::getBusinessKey, Collectors.counting()));
        assertThat(perKey).hasSize(UNITS.size()).allSatisfy((k, n) -> assertThat(n).isOne());
        assertThat(rows.stream().map(UnitCampaign::getProcessInstanceId).collect(Collectors.toSet()))
                .isEqualTo(instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet()));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(planId + ":%").taskDefinitionKey(UnitCampaignModel.USER_TASK_REPORT_LAUNCH).count())
                .isEqualTo(UNITS.size());
    }

    private int failedChunks() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ? AND EXCEPTION_MSG_ LIKE '%injected failure%'",
                Integer.class, StartUnitCampaignsJobHandler.TYPE);
    }

    private List<ProcessInstance> instancesOf(Long planId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(UnitCampaignModel.PROCESS_KEY).processInstanceBusinessKeyLike(planId + ":%").list();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
