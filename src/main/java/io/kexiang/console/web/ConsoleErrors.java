package io.kexiang.console.web;

import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A console page that is not there, or not the viewer's, answers with a page in their language (the API answers
 * the same with a problem detail). Refusals of Spring Security (a role without the right) reach the error pages
 * in templates/error through Boot's error controller.
 */
@ControllerAdvice(basePackages = "io.kexiang.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        return "error/404";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        return "error/403";
    }
}
