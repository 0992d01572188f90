package vn.thidua.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseDates;

/**
 * Keeps the audit trail for the legal retention time and no shorter. A closed plan's events and its
 * draft versions may go once its last event is older than {@code thidua.audit.retention}
 * (default P10Y, hồ sơ thi đua - khen thưởng); events marked permanent (numbers, issues, votes) and
 * the bytes of issued documents are kept for ever: award decisions and the register are permanent
 * records. Running plans are never touched. The engine's own history clean-up (ACT_HI_*, after the
 * processes' historyTimeToLive) does not concern this table at all.
 */
@Component
class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period retention;

    AuditRetention(JdbcTemplate jdbc, Clock clock, @Value("${thidua.audit.retention:P10Y}") String retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = Period.parse(retention);
        if (this.retention.toTotalMonths() < 120) {
            throw new IllegalStateException("thidua.audit.retention " + retention + " is shorter than the 10 years the law asks for");
        }
    }

    /** The first night of every month. */
    @Scheduled(cron = "${thidua.audit.purge-cron:0 30 2 1 * *}", zone = "Asia/Ho_Chi_Minh")
    void monthly() {
        purge(clock.instant());
    }

    /** @return the number of rows removed */
    @Transactional
    public int purge(Instant now) {
        Instant limit = ZonedDateTime.ofInstant(now, VietnameseDates.VIETNAM).minus(retention).toInstant();
        String expired = """
                SELECT p.id FROM plan p WHERE p.status = 'CLOSED'
                   AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.plan_id = p.id AND e.occurred_at >= ?)
                """;
        int events = jdbc.update("DELETE FROM audit_event WHERE retain_permanently = FALSE AND plan_id IN (SELECT id FROM ("
                + expired + ") x)", Timestamp.from(limit));
        int versions = jdbc.update("DELETE FROM document_version WHERE stage <> 'ISSUED' AND plan_id IN (SELECT id FROM ("
                + expired + ") x)", Timestamp.from(limit));
        if (events + versions > 0) {
            LOG.info("Audit retention ({}): removed {} events and {} draft versions of plans closed before {}", retention, events,
                    versions, limit);
        }
        return events + versions;
    }
}
