package io.kexiang.ticket.report;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.kexiang.alarm.AlarmSummary;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.excel.Sheets;
import io.kexiang.ticket.TicketStatus;
import io.kexiang.ticket.store.TicketAlarms;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fault report (故障报告) a customer receives for a resolved ticket: what happened when, the cause, how long
 * the service was affected, the circuits, and what was done. Written as XHTML, so that the same page is the HTML
 * download and the source of the PDF.
 */
@Component
class FaultReport {

    private final JdbcTemplate jdbc;
    private final TicketAlarms alarms;
    private final PersonDirectory people;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    FaultReport(JdbcTemplate jdbc, TicketAlarms alarms, PersonDirectory people,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.alarms = alarms;
        this.people = people;
        this.zone = zone;
        this.jdbc = jdbc;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** What the report says of a resolved ticket, before it is written as a page or a workbook. */
    record Content(String number, String customerName, String customerCode, String accountManager,
                   String description, Instant began, Instant restored, Duration affected, String cause,
                   String resolution, List<String> circuits, List<Change> timeline, List<Action> actions) {
    }

    record Change(Instant at, String status, String reason) {
    }

    record Action(Instant at, String text) {
    }

    Content content(long ticketId) {
        Map<String, Object> ticket = jdbc.queryForList("""
                select t.*, r.name as fault_reason_name from trouble_ticket t
                left join fault_reason r on r.code = t.fault_reason where t.id = ?""", ticketId).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("troubleTicket", ticketId));
        String status = (String) ticket.get("status");
        if (!Set.of(TicketStatus.RESOLVED.tmf(), TicketStatus.CLOSED.tmf()).contains(status)) {
            throw new ConflictException(Text.of("ticket.reportNotResolved", status));
        }
        List<Change> timeline = jdbc.query("""
                select at, status, reason from ticket_status_change where ticket_id = ? order by at, id""",
                (rows, row) -> new Change(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3)),
                ticketId);
        List<String> circuits = jdbc.queryForList("select circuit_id from ticket_circuit where ticket_id = ? "
                + "order by circuit_id", String.class, ticketId);
        List<Action> actions = jdbc.query("select at, text from ticket_note where ticket_id = ? order by at, id",
                (rows, row) -> new Action(rows.getTimestamp(1).toInstant(), rows.getString(2)), ticketId);
        Outage outage = outage(ticketId, (Timestamp) ticket.get("created_at"), (Timestamp) ticket.get("resolved_at"));
        long paused = ((Number) ticket.get("paused_seconds")).longValue();
        return new Content((String) ticket.get("number"), (String) ticket.get("customer_name"),
                (String) ticket.get("customer_code"), accountManager(ticket), (String) ticket.get("description"),
                outage.from(), outage.to(), Duration.between(outage.from(), outage.to()).minusSeconds(paused),
                (String) ticket.get("fault_reason_name"), (String) ticket.get("resolution"), circuits, timeline,
                actions);
    }

    String xhtml(long ticketId) {
        Content report = content(ticketId);
        StringBuilder rows = new StringBuilder();
        for (Change change : report.timeline()) {
            rows.append("<tr><td>").append(when(change.at())).append("</td><td>")
                    .append(TicketStatusNames.of(change.status())).append("</td><td>").append(text(change.reason()))
                    .append("</td></tr>\n");
        }
        StringBuilder actions = new StringBuilder();
        for (Action action : report.actions()) {
            actions.append("<li>").append(when(action.at())).append(" ").append(text(action.text()))
                    .append("</li>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head><meta charset="UTF-8"/><title>故障报告 %1$s</title>
                <style>
                  body { font-family: "CJK", sans-serif; font-size: 11pt; }
                  table { border-collapse: collapse; width: 100%%; }
                  td, th { border: 1px solid #999; padding: 4px; text-align: left; }
                </style></head>
                <body>
                <h1>故障报告 Fault report %1$s</h1>
                <p>时间均为%13$s时间 All times %13$s (%14$s)</p>
                <table>
                  <tr><th>客户 Customer</th><td>%2$s (%3$s)</td></tr>
                  <tr><th>客户经理 Account manager</th><td>%15$s</td></tr>
                  <tr><th>故障 Fault</th><td>%4$s</td></tr>
                  <tr><th>故障开始 Fault began</th><td>%5$s</td></tr>
                  <tr><th>恢复 Restored</th><td>%6$s</td></tr>
                  <tr><th>影响时长 Affected</th><td>%7$s</td></tr>
                  <tr><th>故障原因 Cause</th><td>%8$s</td></tr>
                  <tr><th>处理结果 Resolution</th><td>%9$s</td></tr>
                  <tr><th>受影响电路 Circuits</th><td>%10$s</td></tr>
                </table>
                <h2>处理过程 Timeline</h2>
                <table><tr><th>时间 Time</th><th>状态 Status</th><th>说明 Note</th></tr>
                %11$s</table>
                <h2>处理记录 Actions</h2>
                <ul>%12$s</ul>
                </body></html>
                """.formatted(text(report.number()), text(report.customerName()), text(report.customerCode()),
                text(report.description()), when(report.began()), when(report.restored()), length(report.affected()),
                text(report.cause()), text(report.resolution()), htmlEscape(String.join(", ", report.circuits())),
                rows, actions.isEmpty() ? "<li>—</li>" : actions, zoneName(), text(zone.getId()),
                text(report.accountManager()));
    }

    /** The same report as a workbook: the facts, the timeline and the actions, a sheet each. */
    byte[] workbook(long ticketId) {
        Content report = content(ticketId);
        List<List<Object>> facts = List.of(
                List.of("客户 Customer", or(report.customerName()) + " (" + or(report.customerCode()) + ")"),
                List.of("客户经理 Account manager", or(report.accountManager())),
                List.of("故障 Fault", or(report.description())),
                List.of("故障开始 Fault began", report.began()),
                List.of("恢复 Restored", report.restored()),
                List.of("影响时长（分钟） Affected (minutes)", report.affected().toMinutes()),
                List.of("故障原因 Cause", or(report.cause())),
                List.of("处理结果 Resolution", or(report.resolution())),
                List.of("受影响电路 Circuits", String.join(", ", report.circuits())));
        return Sheets.of(List.of(
                new Sheets.Table("故障报告 " + report.number(), List.of("项目 Item", "内容 Value"), facts),
                new Sheets.Table("处理过程 Timeline", List.of("时间 Time", "状态 Status", "说明 Note"),
                        report.timeline().stream().map(change -> List.<Object>of(change.at(),
                                TicketStatusNames.of(change.status()), or(change.reason()))).toList()),
                new Sheets.Table("处理记录 Actions", List.of("时间 Time", "记录 Action"), report.actions().stream()
                        .map(action -> List.<Object>of(action.at(), action.text())).toList())), zone, "是", "否");
    }

    private static String or(String value) {
        return value == null ? "" : value;
    }

    /** When the customer's service went and came back. */
    private record Outage(Instant from, Instant to) {
    }

    /**
     * The outage began with the fault's first event (the ticket opens after a hold-off) and ended with its last
     * alarm's clear, when every alarm of the ticket has cleared; else when the ticket was resolved. A ticket
     * declared by hand has no alarms: its own times stand.
     */
    private Outage outage(long ticketId, Timestamp created, Timestamp resolved) {
        List<AlarmSummary> alarms = this.alarms.of(ticketId);
        Instant from = alarms.stream().map(AlarmSummary::raisedAt).min(Instant::compareTo)
                .filter(first -> first.isBefore(created.toInstant())).orElse(created.toInstant());
        boolean allCleared = !alarms.isEmpty() && alarms.stream().allMatch(AlarmSummary::isCleared);
        Instant to = allCleared ? alarms.stream().map(AlarmSummary::clearedAt).max(Instant::compareTo).orElseThrow()
                : resolved.toInstant();
        return new Outage(from, to.isBefore(from) ? from : to);
    }

    private String accountManager(Map<String, Object> ticket) {
        String employeeId = (String) ticket.get("account_manager_employee_id");
        if (employeeId == null) {
            return "—";
        }
        return people.byEmployeeId(employeeId).map(person -> person.name()
                + (person.mobile() == null ? "" : " · " + person.mobile())
                + (person.email() == null ? "" : " · " + person.email()))
                .orElse((String) ticket.get("account_manager_name"));
    }

    /** "2 分 24 秒": an outage of minutes is not rounded to its whole minutes. */
    static String length(Duration affected) {
        long seconds = Math.max(0, affected.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        String zh = (hours > 0 ? hours + " 小时 " : "") + minutes + " 分 " + seconds % 60 + " 秒";
        return zh + " (" + (hours > 0 ? hours + " h " : "") + minutes + " min " + seconds % 60 + " s)";
    }

    private String zoneName() {
        return zone.getId().equals("Asia/Shanghai") ? "北京" : zone.getId();
    }

    private String when(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private static String text(Object value) {
        return value == null ? "" : htmlEscape(String.valueOf(value), "UTF-8");
    }
}
