package vn.thidua.workflow.unitcampaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When units are reminded of a deadline: {@code thidua.reminders.days-before} days ahead (default 3),
 * used by unit-campaign.bpmn as {@code ${reminders.before(launchDue)}} for the reminder timer and
 * the task's follow-up date. A deadline nearer than that is reminded of at once.
 */
@Component("reminders")
public class Reminders {

    private final Duration ahead;
    private final Clock clock;

    Reminders(@Value("${thidua.reminders.days-before:3}") int daysBefore, Clock clock) {
        this.ahead = Duration.ofDays(daysBefore);
        this.clock = clock;
    }

    public Date before(Date deadline) {
        Instant at = deadline.toInstant().minus(ahead);
        Instant now = clock.instant();
        return Date.from(at.isBefore(now) ? now : at);
    }
}
