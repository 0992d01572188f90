package vn.thidua.home;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.award.AwardAccess;
import vn.thidua.document.RegisterReaders;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.organisation.WardAccess;
import vn.thidua.security.Official;

/**
 * Our own pages' entry: the login page and a start page pointing to Tasklist and, for those who
 * may use them, the signing inbox, Cockpit, the register and the award history: a link that would answer 403 is not
 * shown.
 */
@Controller
class HomeController {

    /** The council's secretary and chair sign its Biên bản on the same desk as the chairman his documents. */
    private static final List<String> SIGNERS = List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.COUNCIL_SECRETARY,
            Role.COUNCIL_CHAIR);
    private static final List<String> MONITORS = List.of(Role.AUDITOR, Role.CITY_AUDITOR);

    private final WardAccess wardAccess;
    private final PersonRepository people;
    private final AwardAccess awardAccess;

    HomeController(WardAccess wardAccess, PersonRepository people, AwardAccess awardAccess) {
        this.wardAccess = wardAccess;
        this.people = people;
        this.awardAccess = awardAccess;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping({"/", "/app"})
    String home(@AuthenticationPrincipal Official official, Model model) {
        model.addAttribute("user", official == null ? null
                : people.findByUsername(official.userId()).map(p -> p.getFullName()).orElse(official.userId()));
        model.addAttribute("canSign", holdsAny(official, SIGNERS));
        model.addAttribute("canMonitor", holdsAny(official, MONITORS) || (official != null && official.inGroup("camunda-admin")));
        model.addAttribute("canReadRegister", holdsAny(official, RegisterReaders.ROLES));
        model.addAttribute("canReadAwards", !awardAccess.historyWards(official).isEmpty());
        return "home";
    }

    private boolean holdsAny(Official official, Collection<String> roles) {
        return official != null && official.tenantIds().stream()
                .anyMatch(ward -> wardAccess.toWard(official, ward, roles) == WardAccess.Answer.ALLOWED);
    }
}
