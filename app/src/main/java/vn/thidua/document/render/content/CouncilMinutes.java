package vn.thidua.document.render.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Biên bản of the Hội đồng Thi đua - Khen thưởng meeting: time, place, attendance, proceedings,
 * vote tallies per candidate and result; signed by the secretary (left) and the chair (right).
 *
 * @param heldOn       the meeting's date
 * @param startedAt    when it opened; {@code null} when not recorded (the text then names the day only)
 * @param totalMembers the council's whole membership, the base of every vote share
 * @param endedAt      when it closed; {@code null} when not recorded
 */
public record CouncilMinutes(DocumentHeader header, String subject, LocalDate heldOn, LocalTime startedAt,
                             String venue, Attendee chair, Attendee secretary, int totalMembers,
                             List<Attendee> present, List<Attendee> absent, List<String> proceedings,
                             List<VoteTally> votes, List<String> conclusions, LocalTime endedAt,
                             SignatureBlock secretarySignature, SignatureBlock chairSignature)
        implements DocumentContent {

    public CouncilMinutes {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(subject, "subject (trích yếu)");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(secretary, "secretary");
        present = List.copyOf(Objects.requireNonNull(present, "present"));
        absent = Lists.copyOrEmpty(absent);
        if (totalMembers < present.size() + absent.size()) {
            throw new IllegalArgumentException("totalMembers " + totalMembers + " is less than present + absent");
        }
        proceedings = Lists.copyOrEmpty(proceedings);
        votes = Lists.copyOrEmpty(votes);
        conclusions = Lists.copyOrEmpty(conclusions);
        Objects.requireNonNull(secretarySignature, "secretarySignature");
        Objects.requireNonNull(chairSignature, "chairSignature");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.BB;
    }
}
