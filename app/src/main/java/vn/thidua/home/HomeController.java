package vn.thidua.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.security.Official;

/** Our own pages' entry: the login page and a start page pointing to Tasklist and Cockpit. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping({"/", "/app"})
    String home(@AuthenticationPrincipal Official official, Model model) {
        model.addAttribute("user", official == null ? null : official.userId());
        return "home";
    }
}
