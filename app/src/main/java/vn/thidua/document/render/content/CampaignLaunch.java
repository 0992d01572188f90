package vn.thidua.document.render.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a unit launched the campaign, for its report.
 *
 * @param launchedOn   date of the launch meeting
 * @param form         "Hội nghị phát động", "lồng ghép trong sinh hoạt tổ dân phố"
 * @param participants who took part
 * @param theme        the unit's own emulation theme, or {@code null}
 */
public record CampaignLaunch(LocalDate launchedOn, String form, String participants, String theme) {

    public CampaignLaunch {
        Objects.requireNonNull(launchedOn, "launchedOn");
        Objects.requireNonNull(form, "form");
    }
}
