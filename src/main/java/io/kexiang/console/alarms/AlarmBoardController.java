package io.kexiang.console.alarms;

import io.kexiang.alarm.AlarmBoard;
import io.kexiang.alarm.BoardRow;
import io.kexiang.console.ConsoleSettings;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 实时告警: the board of open alarms. The page, its rows for htmx (a filter changed, an action taken, a storm
 * expanded) and the stream that keeps an open board current without a reload.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class AlarmBoardController {

    private final AlarmBoard board;
    private final BoardFeed feed;
    private final ConsoleSettings settings;
    private final RowHtml rowHtml;

    AlarmBoardController(AlarmBoard board, BoardFeed feed, ConsoleSettings settings, RowHtml rowHtml) {
        this.rowHtml = rowHtml;
        this.board = board;
        this.feed = feed;
        this.settings = settings;
    }

    @GetMapping("/alarms")
    String page(@RequestParam MultiValueMap<String, String> parameters, Authentication viewer, Model model) {
        rows(parameters, viewer, model);
        model.addAttribute("filters", BoardFilters.of(parameters));
        model.addAttribute("pageSize", settings.boardPageSize());
        return "alarms/board";
    }

    @GetMapping(value = "/alarms", headers = "HX-Request=true")
    String rows(@RequestParam MultiValueMap<String, String> parameters, Authentication viewer, Model model) {
        AlarmBoard.Page page = board.open(BoardFilters.of(parameters), viewer, 0, settings.boardPageSize());
        model.addAttribute("rowsHtml", rowHtml.of(page.rows(), LocaleContextHolder.getLocale()));
        model.addAttribute("total", page.total());
        return "alarms/rendered :: rows";
    }

    @GetMapping("/alarms/{id}")
    String alarm(@PathVariable long id, Authentication viewer, Model model) {
        model.addAttribute("alarm", board.detail(AlarmId.of(id), viewer));
        return "alarms/alarm";
    }

    @GetMapping("/alarms/{id}/children")
    String children(@PathVariable long id, Authentication viewer, Model model) {
        List<BoardRow> children = board.children(AlarmId.of(id), viewer);
        model.addAttribute("rows", children);
        model.addAttribute("child", true);
        return "alarms/rows :: rows";
    }

    /** Acknowledge, comment or clear the rows selected; answers the board's rows as they now are. */
    @PostMapping("/alarms/actions")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String act(@RequestParam MultiValueMap<String, String> parameters, Authentication viewer, Model model) {
        List<AlarmId> ids = parameters.getOrDefault("ids", List.of()).stream().map(Long::valueOf).map(AlarmId::of)
                .toList();
        AlarmBoard.Action action = action(parameters.getFirst("action"));
        String comment = parameters.getFirst("comment");
        if (ids.isEmpty()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("ids", null,
                    Text.of("console.selectAlarms"))));
        }
        if (action == AlarmBoard.Action.COMMENT && (comment == null || comment.isBlank())) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("comment", null,
                    Text.of("problem.required"))));
        }
        board.act(action, ids, comment, viewer);
        return rows(parameters, viewer, model);
    }

    @GetMapping(value = "/alarms/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam MultiValueMap<String, String> parameters, Authentication viewer) {
        return feed.subscribe(BoardFilters.of(parameters), viewer);
    }

    private static AlarmBoard.Action action(String name) {
        try {
            return AlarmBoard.Action.valueOf(String.valueOf(name).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("action", name,
                    Text.of("problem.oneOf", "acknowledge, comment, clear"))));
        }
    }
}
