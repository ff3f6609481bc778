package io.kexiang.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: the time formats and the page it is on (for the menu). */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModel {

    private final ConsoleTimes times;

    ConsoleModel(ConsoleTimes times) {
        this.times = times;
    }

    @ModelAttribute("times")
    ConsoleTimes times() {
        return times;
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getServletPath();
    }
}
