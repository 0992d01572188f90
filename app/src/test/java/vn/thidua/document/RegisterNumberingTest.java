package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.support.IntegrationTest;

/**
 * The register on the real database: numbers are unique and gap-free under concurrent issuing,
 * a rolled-back issue gives its number back, and each agency numbers in the mode it chose. Each
 * test uses a ward of its own, so the demo ward's register and the other tests do not interfere.
 */
@IntegrationTest
class RegisterNumberingTest {

    private static final AtomicInteger WARDS = new AtomicInteger();

    @Autowired DocumentService documents;
    @Autowired OfficialDocumentRepository repository;
    @Autowired OrganisationImporter organisations;
    @Autowired AgencyRepository agencies;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void twoHundredConcurrentIssuesGetExactlyOneToTwoHundred() throws Exception {
        Agency agency = ward(Agency.NumberingMode.SINGLE);
        LocalDate day = LocalDate.of(2026, 3, 2);
        int count = 200;
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String kind = i % 2 == 0 ? "KH" : "QD"; // SINGLE: both kinds share the sequence
                Callable<Integer> issue = () -> {
                    start.await();
                    // issue() is @Transactional: each call is its own transaction on its own connection
                    return documents.issue(draft(agency, kind), agency, kind + "-UBND", false, day, "ngoc.ntb",
                            RegisterNumberingTest::fakePdf).getNumber();
                };
                results.add(pool.submit(issue));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> result : results) {
                numbers.add(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(numbers).hasSize(count).doesNotHaveDuplicates();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        // What the database holds agrees: 200 rows numbered 1..200, and the counter at 200.
        assertThat(jdbc.queryForList("SELECT number FROM official_document WHERE agency_id = ? AND year = 2026 ORDER BY number",
                Integer.class, agency.getId())).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(jdbc.queryForObject("SELECT last_number FROM register_sequence WHERE agency_id = ? AND year = 2026",
                Integer.class, agency.getId())).isEqualTo(count);
    }

    @Test
    void aRolledBackIssueLeavesNoGapItsNumberGoesToTheNext() {
        Agency agency = ward(Agency.NumberingMode.SINGLE);
        LocalDate day = LocalDate.of(2026, 4, 1);
        assertThat(issue(agency, "KH", day).getNumber()).isEqualTo(1);

        // The render fails after the number was taken: the whole issue rolls back.
        assertThatThrownBy(() -> documents.issue(draft(agency, "KH"), agency, "KH-UBND", false, day, "ngoc.ntb", n -> {
            throw new IllegalStateException("render failed for " + n);
        })).hasMessageContaining("render failed for 2");
        // The caller's transaction rolls back after a successful issue (e.g. the task's completion fails).
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(issue(agency, "KH", day).getNumber()).isEqualTo(2);
            status.setRollbackOnly();
        });

        OfficialDocument next = issue(agency, "KH", day);
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.numberAndNotation()).isEqualTo("02/KH-UBND");
        assertThat(repository.findByAgencyIdAndYearAndStatusOrderBySequenceKeyAscNumberAsc(agency.getId(), 2026,
                OfficialDocument.Status.ISSUED)).extracting(OfficialDocument::getNumber).containsExactly(1, 2);
    }

    @Test
    void perTypeModeStartsEachTypeAtOneAndTheCouncilHasItsOwnSequence() {
        Agency agency = ward(Agency.NumberingMode.PER_TYPE);
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(issue(agency, "KH", day).numberAndNotation()).isEqualTo("01/KH-UBND");
        assertThat(issue(agency, "QD", day).numberAndNotation()).isEqualTo("01/QD-UBND");
        assertThat(issue(agency, "KH", day).numberAndNotation()).isEqualTo("02/KH-UBND");
        assertThat(issue(agency, "QD", day).numberAndNotation()).isEqualTo("02/QD-UBND");
        OfficialDocument minutes = documents.issue(draft(agency, "BB"), agency, "BB-HĐTĐKT", true, day, "ngoc.ntb",
                RegisterNumberingTest::fakePdf);
        assertThat(minutes.getSequenceKey()).isEqualTo(DocumentRegister.COUNCIL_SEQUENCE);
        assertThat(minutes.numberAndNotation()).isEqualTo("01/BB-HĐTĐKT");
    }

    @Test
    void singleModeSharesOneSequenceAcrossTypesButNotWithTheCouncil() {
        Agency agency = ward(Agency.NumberingMode.SINGLE);
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(issue(agency, "KH", day).numberAndNotation()).isEqualTo("01/KH-UBND");
        assertThat(issue(agency, "QD", day).numberAndNotation()).isEqualTo("02/QD-UBND");
        assertThat(issue(agency, "CV", day).getNumber()).isEqualTo(3);
        assertThat(documents.issue(draft(agency, "BB"), agency, "BB-HĐTĐKT", true, day, "ngoc.ntb",
                RegisterNumberingTest::fakePdf).getNumber()).isEqualTo(1);
        assertThat(issue(agency, "KH", day).numberAndNotation()).isEqualTo("04/KH-UBND");
    }

    @Test
    void theYearOfTheIssueDateRestartsTheSequenceOnTheFirstOfJanuary() {
        Agency agency = ward(Agency.NumberingMode.SINGLE);
        assertThat(issue(agency, "KH", LocalDate.of(2026, 12, 31)).getNumber()).isEqualTo(1);
        assertThat(issue(agency, "KH", LocalDate.of(2026, 12, 31)).getNumber()).isEqualTo(2);
        OfficialDocument january = issue(agency, "KH", LocalDate.of(2027, 1, 1));
        assertThat(january.getYear()).isEqualTo(2027);
        assertThat(january.numberAndNotation()).isEqualTo("01/KH-UBND");
    }

    @Test
    void issuingTwiceIsRefusedAndTheNumberIsNotConsumed() {
        Agency agency = ward(Agency.NumberingMode.SINGLE);
        LocalDate day = LocalDate.of(2026, 6, 1);
        OfficialDocument first = issue(agency, "KH", day);
        assertThatThrownBy(() -> documents.issue(first, agency, "KH-UBND", false, day, "ngoc.ntb", RegisterNumberingTest::fakePdf))
                .isInstanceOf(DocumentAlreadyIssuedException.class)
                .hasMessage("Văn bản số 01/KH-UBND đã được phát hành ngày 01 tháng 6 năm 2026; không cấp số lần thứ hai.");
        // The same document, loaded afresh (as another clerk would have it): refused as well.
        OfficialDocument again = repository.findById(first.getId()).orElseThrow();
        assertThatThrownBy(() -> documents.issue(again, agency, "KH-UBND", false, day, "ngoc.ntb", RegisterNumberingTest::fakePdf))
                .isInstanceOf(DocumentAlreadyIssuedException.class);
        assertThat(issue(agency, "KH", day).getNumber()).isEqualTo(2);
        assertThat(repository.findById(first.getId()).orElseThrow().getNumber()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesADuplicateNumberEvenIfTheCounterWereBypassed() {
        Agency agency = ward(Agency.NumberingMode.SINGLE);
        OfficialDocument first = issue(agency, "KH", LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> jdbc.update("INSERT INTO official_document (agency_id, kind, status, title, sequence_key, number,"
                        + " notation, year, pdf, sha256, created_at) VALUES (?, 'KH', 'ISSUED', 'x', ?, 1, 'KH-UBND', 2026, ?, 'x', NOW())",
                agency.getId(), first.getSequenceKey(), new byte[] {1}))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_document_number");
    }

    private OfficialDocument issue(Agency agency, String kind, LocalDate day) {
        return documents.issue(draft(agency, kind), agency, kind + "-UBND", false, day, "ngoc.ntb", RegisterNumberingTest::fakePdf);
    }

    private OfficialDocument draft(Agency agency, String kind) {
        return new OfficialDocument(agency.getId(), null, kind, "Trích yếu thử " + kind, clock.instant());
    }

    /** The register is what is under test, not FOP: a stand-in PDF that carries the number. */
    private static byte[] fakePdf(int number) {
        return ("%PDF-1.7 số " + number).getBytes(StandardCharsets.UTF_8);
    }

    private Agency ward(Agency.NumberingMode mode) {
        String code = "so-dang-ky-" + WARDS.incrementAndGet();
        OrganisationData data = new OrganisationData(
                new OrganisationData.Ward(code, "Phường Thử " + code, "ỦY BAN NHÂN DÂN PHƯỜNG THỬ", "UBND phường Thử", "phường",
                        "Hải Phòng", mode.name()),
                List.of(), List.of(), List.of());
        return organisations.importWard(data, "UBND thành phố Hải Phòng");
    }
}
