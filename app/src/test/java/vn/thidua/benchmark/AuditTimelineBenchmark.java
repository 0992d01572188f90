package vn.thidua.benchmark;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.ThiDuaApplication;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.demo.DemoPlans;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.signing.demo.DemoPki;
import vn.thidua.support.EmbeddedDatabaseConfiguration;
import vn.thidua.support.Officials;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/**
 * The auditor's view of one plan with N units, on the embedded MariaDB, over HTTP as the auditor
 * (login, security, query, page rendering included): the timeline's first page, a unit's filter,
 * the last page, the CSV export and the PDF/A report. The plan is driven as the officials do it
 * (draft, review, the chairman's real signature, issue), then every unit head claims and completes
 * launch and final report (2 workers), so the timeline holds what a real plan of that size holds.
 *
 * <p>Runs with the demo profile for its signing keys and CA; the benchmark ward ("phuong-mau") is
 * the demo organisation with residential groups up to N and its people's logins suffixed ".mau".
 * Arguments: the unit counts, default {@code 1000}. Targets: open under 2 s, export under 10 s.
 */
public final class AuditTimelineBenchmark {

    private static final String WARD = "phuong-mau";
    private static final String SUFFIX = ".mau";
    /** -Dbenchmark.reuse=true keeps the database of the last run and measures its plan again (no set-up). */
    private static final boolean REUSE = Boolean.getBoolean("benchmark.reuse");
    /**
     * -Dbenchmark.afterWarmUp=true waits until the audit report's start-up warm-up has ended before
     * measuring (an auditor who exports some time after a start); by default the requests start at
     * once, while it runs (the worst case for the first export).
     */
    private static final boolean AFTER_WARM_UP = Boolean.getBoolean("benchmark.afterWarmUp");

    private AuditTimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"1000"} : args) {
            sizes.add(Integer.parseInt(a.trim()));
        }
        File dir = new File(new File("app").isDirectory() ? "app/target/audit-benchmark-db" : "target/audit-benchmark-db")
                .getAbsoluteFile();
        if (!REUSE) {
            deleteRecursively(dir.toPath());
        }
        List<String> rows = new ArrayList<>();
        for (int n : sizes) {
            rows.add(run(n, dir, "audit_bench_" + n));
            System.out.println();
            System.out.println("| N units | events | first page ms (first / best of 5) | unit filter ms (best of 5) "
                    + "| last page ms (best of 5) | CSV ms, first / best of 3 (KB) | PDF ms, first / best of 3 (KB) | load |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static String run(int n, File dir, String database) throws Exception {
        System.out.printf(Locale.ROOT, "%n=== N = %d units (load before: %s) ===%n", n, load());
        ConfigurableApplicationContext ctx = SpringApplication.from(ThiDuaApplication::main)
                .with(EmbeddedDatabaseConfiguration.class)
                .run("--spring.profiles.active=demo",
                        "--thidua.embedded-db.dir=" + dir.getPath(),
                        "--thidua.embedded-db.port=0",
                        "--thidua.embedded-db.fresh=false",
                        "--thidua.embedded-db.database=" + database,
                        "--thidua.data-dir=" + new File(dir, "data-" + database).getPath(),
                        "--server.port=0",
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

    private static String measure(ConfigurableApplicationContext ctx, int n) throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Long planId = REUSE ? jdbc.query("SELECT p.id FROM plan p JOIN agency a ON a.id = p.agency_id WHERE a.code = ?"
                + " ORDER BY p.id DESC LIMIT 1", (rs, i) -> rs.getLong(1), WARD).stream().findFirst().orElse(null) : null;
        if (planId == null) {
            planId = drive(ctx, n);
        } else {
            System.out.printf(Locale.ROOT, "reusing plan %d of the last run%n", planId);
        }
        return time(ctx, n, planId);
    }

    /** The plan addressed to N units driven to issue, every unit reporting; its id. */
    private static long drive(ConfigurableApplicationContext ctx, int n) throws Exception {
        Officials officials = ctx.getBean(Officials.class);
        IdentityService identity = ctx.getBean(IdentityService.class);
        TaskService tasks = ctx.getBean(TaskService.class);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Clock clock = ctx.getBean(Clock.class);

        OrganisationData org = renamed(UnitPhaseBenchmark.ward(n));
        Agency agency = ctx.getBean(OrganisationImporter.class).importWard(org, "UBND thành phố Hải Phòng");
        ctx.getBean(EngineIdentitySync.class).sync(agency.getId());
        List<DemoPki.DemoPerson> signers = ctx.getBean(PersonRepository.class).findByAgencyId(agency.getId()).stream()
                .filter(p -> p.hasRole("chu-tich-ubnd") || p.hasRole("pho-chu-tich-ubnd"))
                .map(p -> new DemoPki.DemoPerson(p.getUsername(), p.getFullName())).toList();
        // Keys for the ward's signers, enrolled as the demo profile does for its ward: only enrolled certificates sign.
        DemoPki.DemoPkiFiles keys = ctx.getBean(DemoPki.class).ensure(signers, new DemoPki.DemoAgency(agency.getCode(), agency.getName()));
        vn.thidua.document.SignerEnrolment enrolment = ctx.getBean(vn.thidua.document.SignerEnrolment.class);
        vn.thidua.signing.key.KeyStoreLoader loader = new vn.thidua.signing.key.KeyStoreLoader();
        keys.people().forEach((login, key) -> enrolment.enrolPerson(login, loader.load(key.keyStore()).chain(), "benchmark"));
        enrolment.enrolAgency(agency.getCode(), loader.load(keys.agency().keyStore()).chain(), "benchmark");
        String auditor = "nhung.cth" + SUFFIX;
        User user = identity.createUserQuery().userId(auditor).singleResult();
        user.setPassword("demo");
        // The demo password, saved past the password policy as the demo profile does (DemoPasswords).
        ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);

        LocalDate today = LocalDate.now(clock);
        PlanData base = DemoPlans.thachKhoi(today);
        Plan plan = ctx.getBean(PlanImporter.class).createDraft(agency.getId(), new PlanData(base.document(), base.basis(),
                base.theme(), base.sections(), base.targets(), base.deadlines(), base.recipients(), base.units(),
                base.launchDeadline(), base.reportDeadline(), base.campaignEnd()), "diep.tn" + SUFFIX);
        String pi = officials.as("diep.tn" + SUFFIX, () -> ctx.getBean(PlanProcess.class).start(plan.getId()));
        officials.complete("diep.tn" + SUFFIX, pi, "userTask_draftPlan", Map.of());
        officials.complete("hang.vtt" + SUFFIX, pi, "userTask_reviewPlan", Map.of("decision", "return", "comment", "Bổ sung chỉ tiêu"));
        officials.complete("diep.tn" + SUFFIX, pi, "userTask_draftPlan", Map.of());
        officials.complete("hang.vtt" + SUFFIX, pi, "userTask_reviewPlan", Map.of("decision", "approve"));
        officials.sign("khang.pm" + SUFFIX, pi);
        officials.complete("ngoc.ntb" + SUFFIX, pi, "userTask_issuePlan", Map.of("issueDate", today.toString()));
        officials.awaitJobs(Duration.ofSeconds(600));

        List<UnitCampaign> campaigns = ctx.getBean(UnitCampaignRepository.class).findByPlanId(plan.getId());
        Map<Long, OrgUnit> units = new java.util.HashMap<>();
        ctx.getBean(OrgUnitRepository.class).findByAgencyId(agency.getId()).forEach(u -> units.put(u.getId(), u));
        Queue<UnitCampaign> queue = new ConcurrentLinkedQueue<>(campaigns);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long t0 = System.nanoTime();
        Runnable worker = () -> {
            UnitCampaign c;
            while (failure.get() == null && (c = queue.poll()) != null) {
                OrgUnit unit = units.get(c.getUnitId());
                try {
                    claimAndComplete(identity, tasks, unit, c.getProcessInstanceId(), "userTask_reportLaunch",
                            Map.of("launchedOn", today.toString(), "launchForm", "Họp tổ dân phố"));
                    List<Map<String, String>> values = new ArrayList<>();
                    JsonVariables.read(ctx.getBean(org.camunda.bpm.engine.RuntimeService.class)
                            .getVariable(c.getProcessInstanceId(), "reportTargets"),
                            new com.fasterxml.jackson.core.type.TypeReference<com.fasterxml.jackson.databind.JsonNode>() { },
                            "reportTargets").forEach(t -> values.add(Map.of("code", t.get("code").asText(),
                                    "value", vn.thidua.support.TypedValues.thachKhoi(t.get("code").asText()))));
                    claimAndComplete(identity, tasks, unit, c.getProcessInstanceId(), "userTask_reportFinal",
                            Map.of("targetValues", JsonVariables.json(values)));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        Thread a = new Thread(worker);
        Thread b = new Thread(worker);
        a.start();
        b.start();
        a.join();
        b.join();
        if (failure.get() != null) {
            throw new IllegalStateException("a report failed", failure.get());
        }
        System.out.printf(Locale.ROOT, "%d units reported in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        officials.awaitJobs(Duration.ofSeconds(600));
        return plan.getId();
    }

    private static String time(ConfigurableApplicationContext ctx, int n, long planId) throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        if (AFTER_WARM_UP) {
            long t0 = System.nanoTime();
            boolean ended = ctx.getBean(vn.thidua.audit.AuditReportWarmUp.class).awaitFinished(Duration.ofMinutes(5));
            System.out.printf(Locale.ROOT, "audit report warm-up %s %.1f s after the timeline was ready to measure%n",
                    ended ? "ended" : "still running", (System.nanoTime() - t0) / 1e9);
        }
        String auditor = "nhung.cth" + SUFFIX;
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE plan_id = ?", Long.class, planId);
        String someUnit = jdbc.queryForObject("SELECT MIN(unit_code) FROM audit_event WHERE plan_id = ? AND unit_code LIKE 'tdp-05%'",
                String.class, planId);

        String base64 = Base64.getEncoder().encodeToString((auditor + ":demo").getBytes(StandardCharsets.UTF_8));
        String root = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        String page = "/app/kiem-tra/ke-hoach/" + planId;
        String loadBefore = load();
        Timed cold = get(http, root + page, base64);
        double best = best(http, root + page, base64, 5);
        double unit = best(http, root + page + "?unit=" + someUnit, base64, 5);
        double last = best(http, root + page + "?page=100000", base64, 5);
        String csvUrl = root + "/api/audit/plans/" + planId + "/timeline.csv";
        Timed csv = get(http, csvUrl, base64);
        double csvBest = best(http, csvUrl, base64, 3);
        String pdfUrl = root + "/api/audit/plans/" + planId + "/timeline.pdf";
        Timed pdf = get(http, pdfUrl, base64);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "audit-benchmark-" + n + ".pdf"), pdf.body());
        double pdfBest = best(http, pdfUrl, base64, 3);
        String row = String.format(Locale.ROOT, "| %,d | %,d | %.0f / %.0f | %.0f | %.0f | %.0f / %.0f (%d) | %.0f / %.0f (%d) | %s → %s |",
                n, events, cold.ms(), best, unit, last, csv.ms(), csvBest, csv.bytes() / 1024, pdf.ms(), pdfBest,
                pdf.bytes() / 1024, loadBefore, load());
        System.out.println(row);
        return row;
    }

    record Timed(double ms, byte[] body) {
        long bytes() {
            return body.length;
        }
    }

    private static Timed get(HttpClient http, String url, String basic) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + url);
        }
        return new Timed(ms, response.body());
    }

    private static double best(HttpClient http, String url, String basic, int times) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            best = Math.min(best, get(http, url, basic).ms());
        }
        return best;
    }

    /** As Tasklist: the head claims the task, then completes it; optimistic-lock clashes retried. */
    private static void claimAndComplete(IdentityService identity, TaskService tasks, OrgUnit unit, String instance,
            String activity, Map<String, Object> variables) throws InterruptedException {
        identity.setAuthentication(unit.getHeadUsername(), List.of(GroupIds.unit(WARD, unit.getCode())), List.of(WARD));
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
                    if (task.getAssignee() == null) {
                        tasks.claim(task.getId(), unit.getHeadUsername());
                    }
                    tasks.complete(task.getId(), variables);
                    return;
                } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
                    if (attempt > 50) {
                        throw e;
                    }
                    Thread.sleep(1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(55));
                }
            }
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The demo people get ".mau" logins: the demo ward with the same people is loaded beside it. */
    private static OrganisationData renamed(OrganisationData org) {
        List<OrganisationData.PersonData> people = org.people().stream().map(p -> new OrganisationData.PersonData(p.code(),
                p.fullName(), p.gender(), p.position(), p.unitCode(), p.username() + SUFFIX, p.roles())).toList();
        return new OrganisationData(org.ward(), people, org.councils(), org.units());
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

}
