package vn.thidua.workflow.signingdesk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;

/**
 * Due dates of the signature tasks ({@code camunda:dueDate="${signatureDeadline.workingDays(2)}"}):
 * NĐ 30 wants a signed document issued the same or the next working day, so the chairman's inbox
 * shows a document as overdue after two working days. Public holidays are not counted (yet).
 */
@Component("signatureDeadline")
public class SignatureDeadline {

    private final Clock clock;

    SignatureDeadline(Clock clock) {
        this.clock = clock;
    }

    /** End of the working day {@code days} working days from now, Vietnam time. */
    public Date workingDays(int days) {
        ZonedDateTime day = ZonedDateTime.now(clock).withZoneSameInstant(VietnameseDates.VIETNAM);
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(day.toLocalDate().atTime(17, 0).atZone(VietnameseDates.VIETNAM).toInstant());
    }
}
