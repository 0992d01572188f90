package vn.thidua.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.ThiDuaApplication;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.document.SignerEnrolment;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.demo.DemoPlans;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.planlifecycle.PlanProcess;
import vn.thidua.support.TypedValues;
import vn.thidua.support.EmbeddedDatabaseConfiguration;
import vn.thidua.support.Officials;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * The unit phase of one plan at city scale, on the embedded MariaDB: a synthetic ward with N units
 * (the Thạch Khôi ward plus residential groups up to N), the Thạch Khôi plan addressed to all of
 * them and driven to issue by the officials (the chairman signs through the signing desk, see
 * {@link BenchmarkSigningKeys}), then
 * <ul>
 * <li>identity sync of the ward (first run, and again unchanged as at every start),</li>
 * <li>fan-out: seconds from the clerk's issue until every unit's launch task exists,</li>
 * <li>2 workers ({@code -Dbenchmark.threads=N} for more) completing every unit's launch and final report through {@code TaskService.complete}
 * as the unit head (as Tasklist's REST call does; the complete listeners validate and store),
 * retrying optimistic-lock failures after a random 1–55 ms pause,</li>
 * <li>that exactly N final reports are stored and the plan reached consolidation,</li>
 * <li>{@code ConsolidationService.compute} time.</li>
 * </ul>
 * Each N runs in a fresh application context on a fresh database under
 * {@code app/target/benchmark-db}. Not a unit test: run it on a quiet machine (README, Benchmarks).
 *
 * <p>Arguments: the unit counts, default {@code 28 1000 5000}. A warm-up run at N = 28 comes first
 * ({@code -Dbenchmark.warmup=false} skips it).
 *
 * <p>The database commits durably, as the embedded default does (every commit flushed to disk);
 * {@code -Dbenchmark.durable=false} measures the faster setting (flushed about once a second) to
 * show what durability costs. More worker threads let concurrent commits share one flush (group
 * commit), which recovers most of that cost. The output names the setting it used.
 */
public final class UnitPhaseBenchmark {

    private static final String WARD = "phuong-mau";
    private static final String SPECIALIST = "diep.tn";
    private static final String VICE_CHAIRMAN = "hang.vtt";
    private static final String CHAIRMAN = "khang.pm";
    private static final String CLERK = "ngoc.ntb";
    /** Made once in main, enrolled in each run's fresh database. */
    private static BenchmarkSigningKeys signingKeys;
    private static final int WORKERS = Integer.getInteger("benchmark.threads", 2);
    private static final boolean DURABLE = !"false".equals(System.getProperty("benchmark.durable"));

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thanh", "Hồng"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa",
        "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm",
        "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Yến"};

    record Row(int units, double syncFirstS, double syncAgainS, double fanOutS, double reportsPerS,
            double completionsPerS, int retries, int maxRetriesOneTask, int finalReports, boolean consolidating,
            double consolidationFirstMs, double consolidationMs, String load) {
    }

    private UnitPhaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"28", "1000", "5000"} : args) {
            sizes.add(Integer.parseInt(a.trim()));
        }
        File dir = new File(new File("app").isDirectory() ? "app/target/benchmark-db" : "target/benchmark-db").getAbsoluteFile();
        deleteRecursively(dir.toPath());
        signingKeys = BenchmarkSigningKeys.install(dir.toPath().resolve("signing"), CHAIRMAN, WARD, "UBND phường Mẫu");
        List<Row> rows = new ArrayList<>();
        System.out.println(settings());
        if (!"false".equals(System.getProperty("benchmark.warmup"))) {
            // The first context in a JVM runs cold (class loading, JIT): one small run not reported,
            // so that the rate at N = 28 is comparable with the larger runs that follow it.
            System.out.println("(warm-up run, not reported)");
            run(28, dir, "bench_warmup");
        }
        for (int n : sizes) {
            Row row = run(n, dir, "bench_" + n + "_" + rows.size());
            rows.add(row);
            print(rows);
        }
        System.exit(0);
    }

    private static Row run(int n, File dir, String database) throws Exception {
        System.out.printf(Locale.ROOT, "%n=== N = %d units (load before: %s) ===%n", n, load());
        ConfigurableApplicationContext ctx = SpringApplication.from(ThiDuaApplication::main)
                .with(EmbeddedDatabaseConfiguration.class)
                .run("--thidua.embedded-db.dir=" + dir.getPath(),
                        "--thidua.embedded-db.port=0",
                        "--thidua.embedded-db.fresh=false",
                        "--thidua.embedded-db.database=" + database,
                        "--thidua.embedded-db.durable=" + DURABLE,
                        "--thidua.data-dir=" + new File(dir, "data-" + database).getPath(),
                        "--server.port=0",
                        // The audit report's background warm-up would share the cores with what is measured.
                        "--thidua.audit.report-warm-up=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.org.camunda.bpm.engine.jobexecutor=ERROR",
                        "--logging.level.org.camunda.bpm.engine.context=OFF").getApplicationContext();
        try {
            return measure(ctx, n);
        } finally {
            ctx.close();
        }
    }

    private static Row measure(ConfigurableApplicationContext ctx, int n) throws Exception {
        OrganisationImporter importer = ctx.getBean(OrganisationImporter.class);
        EngineIdentitySync sync = ctx.getBean(EngineIdentitySync.class);
        IdentityService identity = ctx.getBean(IdentityService.class);
        TaskService tasks = ctx.getBean(TaskService.class);
        RuntimeService runtime = ctx.getBean(RuntimeService.class);
        Officials officials = ctx.getBean(Officials.class);
        PlanImporter planImporter = ctx.getBean(PlanImporter.class);
        PlanProcess planProcess = ctx.getBean(PlanProcess.class);
        PlanRepository plans = ctx.getBean(PlanRepository.class);
        OrgUnitRepository units = ctx.getBean(OrgUnitRepository.class);
        UnitCampaignRepository campaigns = ctx.getBean(UnitCampaignRepository.class);
        UnitReportRepository reports = ctx.getBean(UnitReportRepository.class);
        ConsolidationService consolidation = ctx.getBean(ConsolidationService.class);
        Clock clock = ctx.getBean(Clock.class);

        // 1. The ward: the demo organisation with residential groups added up to N units.
        OrganisationData org = ward(n);
        Agency agency = importer.importWard(org, "UBND thành phố Hải Phòng");
        long t0 = System.nanoTime();
        sync.sync(agency.getId());
        double syncFirst = seconds(t0);
        t0 = System.nanoTime();
        sync.sync(agency.getId());
        double syncAgain = seconds(t0);
        System.out.printf(Locale.ROOT, "identity sync: first %.2f s, unchanged ward %.2f s%n", syncFirst, syncAgain);
        signingKeys.enrol(ctx.getBean(SignerEnrolment.class));

        // 2. The plan, addressed to every unit, through draft, review, signature and issue.
        LocalDate today = LocalDate.now(clock);
        Plan plan = planImporter.createDraft(agency.getId(), plan(today, org), SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> planProcess.start(plan.getId()));
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete(VICE_CHAIRMAN, pi, PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        // As the "Ký số" page: sign with the chairman's key and complete the task in one transaction.
        officials.sign(CHAIRMAN, pi);
        Integer addressed = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM plan_addressee WHERE plan_id = ?", Integer.class, plan.getId());
        if (addressed == null || addressed != n) {
            throw new IllegalStateException("plan addresses " + addressed + " units, expected " + n);
        }

        // 3. Fan-out: from the issue until every unit's launch task exists.
        t0 = System.nanoTime();
        officials.complete(CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_PLAN, Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        double issueS = seconds(t0);
        long deadline = System.nanoTime() + 600_000_000_000L;
        long launchTasks;
        while ((launchTasks = tasks.createTaskQuery().processDefinitionKey(UnitCampaignModel.PROCESS_KEY)
                .taskDefinitionKey(UnitCampaignModel.USER_TASK_REPORT_LAUNCH).count()) < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + launchTasks + " of " + n + " launch tasks after 600 s");
            }
            Thread.sleep(50);
        }
        double fanOut = seconds(t0);
        System.out.printf(Locale.ROOT, "fan-out: %d launch tasks %.2f s after the clerk's issue (issue call itself %.2f s)%n",
                launchTasks, fanOut, issueS);

        // 4. Every unit head reports launch and final results; WORKERS threads, as Tasklist would.
        Map<Long, OrgUnit> unitById = new HashMap<>();
        units.findByAgencyId(agency.getId()).forEach(u -> unitById.put(u.getId(), u));
        Queue<UnitCampaign> queue = new ConcurrentLinkedQueue<>(campaigns.findByPlanId(plan.getId()));
        if (queue.size() != n) {
            throw new IllegalStateException(queue.size() + " unit campaigns, expected " + n);
        }
        String tenant = GroupIds.tenant(WARD);
        AtomicInteger completions = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger maxRetries = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong lastDone = new AtomicLong();
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        String date = today.toString();
        Runnable worker = () -> {
            UnitCampaign c;
            while (failure.get() == null && (c = queue.poll()) != null) {
                OrgUnit unit = unitById.get(c.getUnitId());
                String head = unit.getHeadUsername();
                List<String> groups = List.of(GroupIds.unit(WARD, unit.getCode()));
                try {
                    String instance = c.getProcessInstanceId();
                    Map<String, Object> launch = Map.of(UnitCampaignModel.LAUNCHED_ON, date, UnitCampaignModel.LAUNCH_FORM, "Họp tổ dân phố", UnitCampaignModel.PARTICIPANTS, "35");
                    long started = System.nanoTime();
                    completeAs(identity, tasks, head, groups, tenant, instance, UnitCampaignModel.USER_TASK_REPORT_LAUNCH, launch, retries, maxRetries);
                    latencies.add(System.nanoTime() - started);
                    completions.incrementAndGet();
                    List<Map<String, String>> values = new ArrayList<>();
                    JsonNode targets = JsonVariables.read(runtime.getVariable(instance, "reportTargets"),
                            new TypeReference<JsonNode>() { }, "reportTargets");
                    targets.forEach(t -> values.add(Map.of("code", t.get("code").asText(), "value", TypedValues.thachKhoi(t.get("code").asText()))));
                    started = System.nanoTime();
                    completeAs(identity, tasks, head, groups, tenant, instance, UnitCampaignModel.USER_TASK_REPORT_FINAL,
                            Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(values), UnitCampaignModel.EXAMPLES, "Gương điển hình " + unit.getName()),
                            retries, maxRetries);
                    latencies.add(System.nanoTime() - started);
                    completions.incrementAndGet();
                    lastDone.set(System.nanoTime());
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Thread t = new Thread(worker, "report-worker-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a report failed", failure.get());
        }
        double reportingS = (lastDone.get() - t0) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "completion latency (query + complete, incl. retries): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
        double completionsPerS = completions.get() / reportingS;
        double reportsPerS = n / reportingS;
        System.out.printf(Locale.ROOT, "reports: %d units × (launch + final) in %.2f s: %.1f units/s, %.1f completions/s, "
                + "%d optimistic-lock retries (max %d on one task)%n", n, reportingS, reportsPerS, completionsPerS,
                retries.get(), maxRetries.get());

        // 5. Nothing lost: exactly N current final reports, and the plan moved on to consolidation.
        int stored = reports.findCurrentOfPlan(plan.getId(), UnitReport.Kind.FINAL).size();
        t0 = System.nanoTime();
        boolean consolidating = false;
        while (System.nanoTime() - t0 < 120_000_000_000L) {
            ProcessInstance p = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult();
            if (p != null && tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_CONSOLIDATE).count() == 1) {
                consolidating = true;
                break;
            }
            Thread.sleep(50);
        }
        int pending = plans.finalPending(plan.getId());
        System.out.printf(Locale.ROOT, "stored final reports: %d of %d; plan counter %d; plan waiting at consolidation: %s (%.2f s)%n",
                stored, n, pending, consolidating, seconds(t0));
        if (stored != n || pending != 0 || !consolidating) {
            throw new IllegalStateException("reports lost or plan not at consolidation");
        }

        // 6. Consolidation of N reports: first call, then the best of 5.
        t0 = System.nanoTime();
        long reported = consolidation.compute(plan.getId()).reportedCount();
        double firstMs = seconds(t0) * 1000;
        double bestMs = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            t0 = System.nanoTime();
            consolidation.compute(plan.getId());
            bestMs = Math.min(bestMs, seconds(t0) * 1000);
        }
        System.out.printf(Locale.ROOT, "consolidation of %d reports: first %.0f ms, best of 5 %.0f ms%n", reported, firstMs, bestMs);
        return new Row(n, syncFirst, syncAgain, fanOut, reportsPerS, completionsPerS, retries.get(), maxRetries.get(), stored,
                consolidating, firstMs, bestMs, load());
    }

    /** One task completion as the unit head, as Tasklist's "complete" call; retried on optimistic locking. */
    private static void completeAs(IdentityService identity, TaskService tasks, String user, List<String> groups, String tenant,
            String instance, String activity, Map<String, Object> variables, AtomicInteger retries, AtomicInteger maxRetries)
            throws InterruptedException {
        identity.setAuthentication(user, groups, List.of(tenant));
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
                    if (task == null) {
                        throw new IllegalStateException(user + " sees no " + activity + " in " + instance);
                    }
                    tasks.complete(task.getId(), variables);
                    maxRetries.accumulateAndGet(attempt, Math::max);
                    return;
                } catch (RuntimeException e) {
                    if (!retryable(e) || attempt >= 50) {
                        throw e;
                    }
                    retries.incrementAndGet();
                    Thread.sleep(1 + ThreadLocalRandom.current().nextInt(55));
                }
            }
        } finally {
            identity.clearAuthentication();
        }
    }

    private static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** The Thạch Khôi organisation as ward "phuong-mau", with residential groups 11..(N-18) added. */
    static OrganisationData ward(int n) throws IOException {
        OrganisationData demo;
        try (InputStream in = UnitPhaseBenchmark.class.getClassLoader().getResourceAsStream("demo/demo-organisation-thach-khoi.json")) {
            demo = JsonVariables.mapper().readValue(in, OrganisationData.class);
        }
        if (n < demo.units().size()) {
            throw new IllegalArgumentException("N must be at least " + demo.units().size());
        }
        List<OrganisationData.Unit> all = new ArrayList<>(demo.units());
        for (int i = 11; all.size() < n; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length) % MIDDLE.length] + " "
                    + GIVEN[(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length];
            all.add(new OrganisationData.Unit(String.format(Locale.ROOT, "tdp-%04d", i), "Tổ dân phố số " + i, "tổ dân phố",
                    "Tổ dân phố", "ubnd", new OrganisationData.Head(name, "Tổ trưởng", i % 2 == 0 ? "Nam" : "Nữ", null)));
        }
        OrganisationData.Ward w = new OrganisationData.Ward(WARD, "Phường Mẫu", "ỦY BAN NHÂN DÂN PHƯỜNG MẪU",
                "UBND phường Mẫu", "phường", "Hải Phòng");
        return new OrganisationData(w, demo.people(), demo.councils(), all);
    }

    /** The Thạch Khôi plan; every residential group reports T03 (the demo gives it to groups 1–10). */
    private static PlanData plan(LocalDate today, OrganisationData org) {
        PlanData base = DemoPlans.thachKhoi(today);
        List<String> residential = org.units().stream().filter(u -> "tổ dân phố".equals(u.kind()))
                .map(OrganisationData.Unit::code).toList();
        List<PlanData.Target> targets = base.targets().stream()
                .map(t -> "T03".equals(t.code()) ? new PlanData.Target(t.code(), t.name(), t.operator(), t.threshold(), t.unit(),
                        t.text(), t.aggregation(), residential) : t)
                .toList();
        return new PlanData(base.document(), base.basis(), base.theme(), base.sections(), targets, base.deadlines(),
                base.recipients(), base.units(), base.launchDeadline(), base.reportDeadline(), base.campaignEnd());
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("| N units | identity sync s (first / unchanged) | fan-out s | units fully reported/s | completions/s (launch + final) "
                + "| optimistic-lock retries (max on one task) | final reports stored | consolidation ms (first / best of 5) | load after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.stream().sorted(Comparator.comparingInt(Row::units)).forEach(r -> System.out.printf(Locale.ROOT,
                "| %,d | %.2f / %.2f | %.1f | %.1f | %.1f | %d (%d) | %d%s | %.0f / %.0f | %s |%n", r.units(), r.syncFirstS(),
                r.syncAgainS(), r.fanOutS(), r.reportsPerS(), r.completionsPerS(), r.retries(), r.maxRetriesOneTask(),
                r.finalReports(), r.consolidating() ? ", plan at consolidation" : "", r.consolidationFirstMs(), r.consolidationMs(),
                r.load()));
        if (rows.size() > 1) {
            Row small = rows.stream().min(Comparator.comparingInt(Row::units)).orElseThrow();
            Row big = rows.stream().max(Comparator.comparingInt(Row::units)).orElseThrow();
            System.out.printf(Locale.ROOT, "rate at N=%d / rate at N=%d: %.2f%n", big.units(), small.units(),
                    big.completionsPerS() / small.completionsPerS());
        }
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + "; " + settings());
    }

    private static String settings() {
        return (DURABLE ? "durable commits (innodb_flush_log_at_trx_commit=1)"
                : "fast commits (innodb_flush_log_at_trx_commit=2, -Dbenchmark.durable=false)")
                + "; report workers: " + WORKERS;
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
