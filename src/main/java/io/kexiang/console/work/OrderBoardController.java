package io.kexiang.console.work;

import io.kexiang.console.web.Countdown;
import io.kexiang.ordering.CircuitOrderDesk;
import io.kexiang.ordering.CircuitOrderDesk.OpenOrder;
import io.kexiang.process.TaskDesk;
import io.kexiang.process.TaskDesk.WorkTask;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 在途调单: every circuit order still being worked, due soonest first, with the step (or the parallel steps) it is
 * in, who holds each, and the time left on the step and on the whole order, coloured as every countdown is.
 */
@Controller
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class OrderBoardController {

    /** An order on the board: its clock, and each open step with its own. */
    record OrderLine(OpenOrder order, Countdown clock, List<StepLine> steps) {
    }

    record StepLine(WorkTask task, Countdown clock) {
    }

    private final CircuitOrderDesk orders;
    private final TaskDesk tasks;
    private final Clock clock;

    OrderBoardController(CircuitOrderDesk orders, TaskDesk tasks, Clock clock) {
        this.orders = orders;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/work/orders")
    String board(Model model) {
        Instant now = clock.instant();
        Map<String, List<WorkTask>> steps = tasks.inProgress("circuit-order").stream()
                .collect(Collectors.groupingBy(WorkTask::processId));
        List<OrderLine> lines = orders.open().stream().map(order -> new OrderLine(order,
                new Countdown(order.ordered(), order.due(), now),
                steps.getOrDefault(order.processInstanceId(), List.of()).stream()
                        .map(task -> new StepLine(task, new Countdown(task.created(), task.due(), now))).toList()))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("late", lines.stream().filter(line -> line.clock().state().equals("breached")).count());
        model.addAttribute("warned", lines.stream().filter(line -> line.clock().state().equals("warning")).count());
        return "work/orders";
    }
}
