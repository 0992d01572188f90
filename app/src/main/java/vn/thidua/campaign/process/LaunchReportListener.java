package vn.thidua.campaign.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.ReportService;
import vn.thidua.common.process.ActingUser;
import vn.thidua.common.validation.InvalidInputException;

/** userTask_reportLaunch, on complete: stores the launch report (refused input changes nothing). */
@Component("launchReportListener")
class LaunchReportListener implements TaskListener {

    private final ReportService reports;

    LaunchReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = ((Number) task.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue();
        reports.submitLaunch(campaignId, ActingUser.of(task), new ReportService.LaunchReport(
                date(task.getVariable("launchedOn")),
                text(task.getVariable("launchForm")),
                integer(task.getVariable("participants")),
                text(task.getVariable("unitTheme"))));
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(vn.thidua.common.text.VietnameseDates.VIETNAM).toLocalDate();
        }
        try {
            String s = value.toString();
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (RuntimeException e) {
            throw new InvalidInputException("launchedOn", "Ngày phát động không hợp lệ: " + value);
        }
    }

    private static Integer integer(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("participants", "Số người tham dự phải là số nguyên: " + value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
