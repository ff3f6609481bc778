package io.kexiang.ticket.report;

import java.util.Map;

/** A ticket's status as a Chinese document names it, with the English beside it, never the API's code. */
final class TicketStatusNames {

    private static final Map<String, String> NAMES = Map.of("acknowledged", "已受理 Accepted",
            "inProgress", "处理中 In progress", "pending", "待客户 Waiting for the customer", "held", "挂起 On hold",
            "resolved", "已恢复 Restored", "closed", "已关闭 Closed");

    private TicketStatusNames() {
    }

    static String of(String status) {
        return NAMES.getOrDefault(status, status);
    }
}
