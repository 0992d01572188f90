package vn.thidua.benchmark;

import java.io.File;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.ThiDuaApplication;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.CandidateKey;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.council.CouncilCandidates;
import vn.thidua.award.proposal.ProposalReview;
import vn.thidua.award.rules.DuplicateDetector;
import vn.thidua.award.rules.EligibilityFacts;
import vn.thidua.award.rules.EligibilityRules;
import vn.thidua.award.rules.EligibilityService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.demo.DemoPlans;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.support.EmbeddedDatabaseConfiguration;

/**
 * A city-sized award round on the embedded MariaDB (production settings, no demo profile): a ward
 * of N units (default 5,000) proposing P candidates (default 15,000: LĐTT, CSTĐCS, TTLĐTT, Giấy
 * khen, Gia đình văn hóa, with varied dossiers and about 2% of names proposed again by another unit
 * spelled differently). Times the whole round check (load, DMN rules by the round evaluator,
 * write-back, duplicates), the rules alone (and the engine's DecisionService on a sample, for
 * comparison), duplicate detection alone, pages of the council's candidate list and of the
 * specialist's review.
 *
 * <p>{@code mvn -q -pl app test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.thidua.benchmark.AwardRoundBenchmark -Dexec.args="5000 15000"}
 */
public final class AwardRoundBenchmark {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thanh", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Đạt", "Hà", "Hải", "Hạnh", "Hùng", "Khánh", "Lan",
        "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Vy", "Yến", "Ánh", "Ân"};
    private static final String[] COMPLETION = {"XUAT_SAC", "TOT", "TOT", "HOAN_THANH"};

    private AwardRoundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0].trim()) : 5000;
        int proposals = args.length > 1 ? Integer.parseInt(args[1].trim()) : 15000;
        File dir = new File(new File("app").isDirectory() ? "app/target/benchmark-db" : "target/benchmark-db").getAbsoluteFile();
        String database = "bench_awards_" + System.currentTimeMillis() % 100000;
        ConfigurableApplicationContext ctx = SpringApplication.from(ThiDuaApplication::main)
                .with(EmbeddedDatabaseConfiguration.class)
                .run("--thidua.embedded-db.dir=" + dir.getPath(), "--thidua.embedded-db.port=0",
                        "--thidua.embedded-db.fresh=false", "--thidua.embedded-db.database=" + database,
                        "--thidua.data-dir=" + new File(dir, "data-" + database).getPath(), "--server.port=0",
                        // The audit report's background warm-up would share the cores with what is measured.
                        "--thidua.audit.report-warm-up=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN").getApplicationContext();
        try {
            measure(ctx, units, proposals);
        } finally {
            ctx.close();
        }
        System.exit(0);
    }

    private static void measure(ConfigurableApplicationContext ctx, int n, int total) throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Clock clock = ctx.getBean(Clock.class);
        OrganisationData org = UnitPhaseBenchmark.ward(n);
        Agency agency = ctx.getBean(OrganisationImporter.class).importWard(org, "UBND thành phố Hải Phòng");
        PlanData base = DemoPlans.thachKhoi(LocalDate.now(clock));
        List<PlanData.UnitRef> refs = org.units().stream().map(u -> new PlanData.UnitRef(u.code(), u.name(), null, false)).toList();
        Plan plan = ctx.getBean(PlanImporter.class).createDraft(agency.getId(), new PlanData(base.document(), base.basis(),
                base.theme(), base.sections(), base.targets(), base.deadlines(), base.recipients(), refs, base.launchDeadline(),
                base.reportDeadline(), base.campaignEnd()), "diep.tn");
        ctx.getBean(AwardRoundService.class).open(plan.getId(), LocalDate.now(clock).plusDays(10));
        List<Long> unitIds = jdbc.queryForList("SELECT id FROM org_unit WHERE agency_id = ? ORDER BY id", Long.class, agency.getId());
        jdbc.batchUpdate("INSERT INTO unit_campaign (plan_id, unit_id, status) VALUES (?,?, 'REPORTED')",
                unitIds.stream().map(u -> new Object[] {plan.getId(), u}).toList());
        List<Long> campaignIds = jdbc.queryForList("SELECT id FROM unit_campaign WHERE plan_id = ? ORDER BY unit_id", Long.class, plan.getId());
        long t0 = System.nanoTime();
        insertProposals(jdbc, plan.getId(), unitIds, campaignIds, total);
        System.out.printf(Locale.ROOT, "%nround: %d units, %d proposals written in %.1f s (set-up, not measured)%n",
                unitIds.size(), total, seconds(t0));

        RoundCheckService check = ctx.getBean(RoundCheckService.class);
        long decisionsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DECINST", Long.class);
        List<Double> checks = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        RoundCheckService.RoundCheck last = null;
        for (int i = 0; i < 4; i++) {
            t0 = System.nanoTime();
            last = check.check(plan.getId());
            checks.add(seconds(t0));
            written.add(last.written());
        }
        long decisions = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DECINST", Long.class) - decisionsBefore;
        System.out.printf(Locale.ROOT, "round check, total (load + DMN rules by the round evaluator + write-back of changed results"
                + " + duplicates): first %.2f s (%d results written), then %.2f / %.2f / %.2f s (%d / %d / %d written);"
                + " %d eligible, %d refused, %d duplicate groups, %d decision-history entries written by the checks%n",
                checks.get(0), written.get(0), checks.get(1), checks.get(2), checks.get(3), written.get(1), written.get(2),
                written.get(3), last.eligible(), last.proposals() - last.eligible(), last.duplicates().size(), decisions);

        // Warm, with every stored result to rewrite (as after a new version of the table is deployed).
        jdbc.update("UPDATE award_proposal SET rule_decision = NULL WHERE plan_id = ?", plan.getId());
        t0 = System.nanoTime();
        RoundCheckService.RoundCheck rewritten = check.check(plan.getId());
        System.out.printf(Locale.ROOT, "round check again with every result to rewrite (warm): %.2f s (%d results written)%n",
                seconds(t0), rewritten.written());

        // The rules alone, in memory: the round evaluator over the whole round, and the engine's
        // DecisionService (with its decision history) on a sample of distinct fact combinations.
        List<EligibilityService.Candidate> candidates = new ArrayList<>();
        jdbc.query("SELECT id, award_type, candidate_kind, candidate_key, person_id, completion_level, recognised_initiative,"
                + " discipline_level, under_inspection, pending_complaint, member_count, ldtt_count, disciplined_members"
                + " FROM award_proposal WHERE plan_id = ? AND status = 'SUBMITTED'", rs -> {
                    Integer members = rs.getObject(11, Integer.class);
                    Integer ldtt = rs.getObject(12, Integer.class);
                    candidates.add(new EligibilityService.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                            rs.getBoolean(9), rs.getBoolean(10), members == null || ldtt == null ? null : ldtt * 100.0 / members,
                            rs.getObject(13, Integer.class)));
                }, plan.getId());
        long distinct = candidates.stream().map(c -> java.util.Arrays.asList(c.title(), c.kind(), c.completion(), c.initiative(),
                c.discipline(), c.inspection(), c.complaint(), c.ldttPercent(), c.disciplinedMembers())).distinct().count();
        EligibilityService eligibility = ctx.getBean(EligibilityService.class);
        double bestRules = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            t0 = System.nanoTime();
            eligibility.evaluateRound(agency.getId(), LocalDate.now(clock).getYear(), candidates);
            bestRules = Math.min(bestRules, seconds(t0));
        }
        System.out.printf(Locale.ROOT, "rules alone (round evaluator, %d proposals, %d distinct fact combinations before the LĐTT"
                + " input): best of 3 %.2f s%n", candidates.size(), distinct, bestRules);
        EligibilityRules.Evaluator engine = ctx.getBean(EligibilityRules.class).forProposal(agency.getCode());
        List<EligibilityFacts> sample = candidates.stream().map(c -> new EligibilityFacts(c.title(), c.kind(), c.completion(),
                c.initiative(), false, c.discipline(), c.inspection(), c.complaint(), c.ldttPercent(), c.disciplinedMembers()))
                .distinct().limit(200).toList();
        t0 = System.nanoTime();
        ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(tx -> sample.forEach(engine::refusals));
        double perEngine = seconds(t0) * 1000 / sample.size();
        System.out.printf(Locale.ROOT, "for comparison, the engine's DecisionService with its decision history: %.1f ms per"
                + " evaluation (%d distinct combinations in one transaction), i.e. about %.0f s for this round's %d%n",
                perEngine, sample.size(), perEngine * distinct / 1000, distinct);

        List<DuplicateDetector.Entry> entries = new ArrayList<>();
        jdbc.query("SELECT id, unit_id, candidate_kind, award_type, candidate_name, candidate_key, person_id FROM award_proposal"
                + " WHERE plan_id = ?", rs -> {
                    entries.add(new DuplicateDetector.Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), null));
                }, plan.getId());
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            t0 = System.nanoTime();
            DuplicateDetector.find(entries);
            best = Math.min(best, seconds(t0) * 1000);
        }
        System.out.printf(Locale.ROOT, "duplicate detection alone (in memory, %d entries): best of 5 %.1f ms%n", entries.size(), best);

        CouncilCandidates council = ctx.getBean(CouncilCandidates.class);
        for (int page : new int[] {0, 0, 100, 299}) {
            t0 = System.nanoTime();
            CouncilCandidates.Page p = council.page(plan.getId(), page, 50);
            System.out.printf(Locale.ROOT, "council candidates page %d of 50 (of %d, Vietnamese order): %.0f ms, first %s%n",
                    page, p.total(), seconds(t0) * 1000, p.items().isEmpty() ? "-" : p.items().get(0).name());
        }
        // The specialist's review as its form asks for it: a page of 20 with the round's counts and units.
        ProposalReview review = ctx.getBean(ProposalReview.class);
        for (ProposalReview.Filter f : List.of(new ProposalReview.Filter(AwardProposal.Status.SUBMITTED, null, null, null),
                new ProposalReview.Filter(AwardProposal.Status.SUBMITTED, null, ProposalReview.Rule.DUPLICATE, null),
                new ProposalReview.Filter(AwardProposal.Status.SUBMITTED, null, ProposalReview.Rule.REFUSED, "nguyen van"))) {
            t0 = System.nanoTime();
            ProposalReview.Page p = review.page(plan.getId(), f, 0, 20);
            System.out.printf(Locale.ROOT, "specialist's review page of 20 (rule %s, name %s: %d of %d, %d units): %.0f ms%n",
                    f.rule(), f.q(), p.total(), p.counts().submitted(), p.units().size(), seconds(t0) * 1000);
        }
        System.out.printf(Locale.ROOT, "load average: %s%n", load());
    }

    /** Three proposals a unit on average; about 2% re-proposed by the next unit, spelled without diacritics. */
    private static void insertProposals(JdbcTemplate jdbc, Long planId, List<Long> units, List<Long> campaigns, int total) {
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>(total);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String previous = null;
        for (int i = 0; i < total; i++) {
            int u = i % units.size();
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)] + " " + (i / 7);
            String kind = "INDIVIDUAL";
            String type;
            int r = random.nextInt(100);
            if (r < 45) {
                type = "LAO_DONG_TIEN_TIEN";
            } else if (r < 60) {
                type = "CHIEN_SI_THI_DUA_CO_SO";
            } else if (r < 75) {
                type = "TAP_THE_LAO_DONG_TIEN_TIEN";
                kind = "COLLECTIVE";
                name = "Tập thể " + name;
            } else if (r < 90) {
                type = "GIAY_KHEN";
            } else {
                type = "GIA_DINH_VAN_HOA";
                kind = "HOUSEHOLD";
                name = "Hộ gia đình " + name;
            }
            if (previous != null && random.nextInt(50) == 0) {
                name = VietnameseFold.upper(previous); // the same candidate from another unit, typed differently
                type = "LAO_DONG_TIEN_TIEN";
                kind = "INDIVIDUAL";
            }
            if ("LAO_DONG_TIEN_TIEN".equals(type)) {
                previous = name;
            }
            int members = 10 + random.nextInt(40);
            rows.add(new Object[] {planId, campaigns.get(u), i, kind, name, type, "bench", now, units.get(u), CandidateKey.of(name),
                "SUBMITTED", COMPLETION[random.nextInt(COMPLETION.length)], random.nextInt(3) == 0,
                random.nextInt(40) == 0 ? "KHIEN_TRACH" : "KHONG", random.nextInt(80) == 0, random.nextInt(80) == 0,
                "COLLECTIVE".equals(kind) ? members : null, "COLLECTIVE".equals(kind) ? members * (60 + random.nextInt(40)) / 100 : null,
                "COLLECTIVE".equals(kind) ? random.nextInt(3) == 0 ? 1 : 0 : null, 8, 10});
        }
        jdbc.batchUpdate("INSERT INTO award_proposal (plan_id, campaign_id, position, candidate_kind, candidate_name, award_type,"
                + " proposed_by, proposed_at, unit_id, candidate_key, status, completion_level, recognised_initiative,"
                + " discipline_level, under_inspection, pending_complaint, member_count, ldtt_count, disciplined_members,"
                + " unit_vote_agree, unit_vote_total) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** "Nguyễn Văn An" → "NGUYEN  VAN AN": the way a second unit may type the same name. */
    private static final class VietnameseFold {
        static String upper(String name) {
            return vn.thidua.common.text.VietnameseText.fold(name).toUpperCase(Locale.ROOT).replaceFirst(" ", "  ");
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
