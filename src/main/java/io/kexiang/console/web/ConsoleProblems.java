package io.kexiang.console.web;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.RefusedException;
import io.kexiang.shared.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a refused action says to the person who tried it, in their language: the reason and each bad field, as
 * the API's problem details would (a form goes back to its page with this, not to an error page).
 */
@Component
public class ConsoleProblems {

    private final Texts texts;

    ConsoleProblems(Texts texts) {
        this.texts = texts;
    }

    /**
     * Runs a form's action and goes back to {@code page} (post, redirect, get): {@code done} flashed when it held, the
     * refusal's sentences as {@code refused} when it was refused; anything else is a fault and left to the error page.
     */
    public String act(String page, RedirectAttributes flash, Locale locale, Runnable action) {
        return act(page, flash, locale, Map.of(), action);
    }

    /** As {@link #act(String, RedirectAttributes, Locale, Runnable)}, naming each bad field by its form's label. */
    public String act(String page, RedirectAttributes flash, Locale locale, Map<String, String> labels,
            Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", true);
        } catch (InvalidInputException | ConflictException | ForbiddenException | RefusedException refused) {
            flash.addFlashAttribute("refused", of(refused, locale, labels));
        }
        return "redirect:" + page;
    }

    /** The sentences for a refusal, or empty when the exception is not one (a fault: let it be a 500). */
    public List<String> of(RuntimeException refused, Locale locale) {
        return of(refused, locale, Map.of());
    }

    /** … with each field the person filled in named as their form labels it: {@code 审核意见（auditOpinion）}. */
    public List<String> of(RuntimeException refused, Locale locale, Map<String, String> labels) {
        List<String> said = new ArrayList<>();
        if (refused instanceof InvalidInputException invalid) {
            if (invalid.text() != null) {
                said.add(texts.say(invalid.text(), locale));
            }
            for (FieldProblem problem : invalid.problems()) {
                String label = labels.get(problem.field());
                said.add((label == null ? problem.field() : label + "（" + problem.field() + "）") + ": "
                        + texts.say(problem.reason(), locale));
            }
        } else if (refused instanceof ConflictException conflict) {
            said.add(texts.say(conflict.text(), locale));
        } else if (refused instanceof ForbiddenException forbidden) {
            said.add(texts.say(forbidden.text(), locale));
        } else if (refused instanceof RefusedException refusal) {
            said.add(texts.say(refusal.text(), locale));
        }
        return said;
    }
}
