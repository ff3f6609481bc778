package io.kexiang.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form and the landing page; Spring Security handles the form's POST and the sign-out. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(Authentication caller) {
        return caller == null || caller instanceof AnonymousAuthenticationToken ? "login" : "redirect:/";
    }

    /** Everyone starts on the alarm board; an account manager's board shows only their customers' alarms. */
    @GetMapping("/")
    String home() {
        return "redirect:/alarms";
    }
}
