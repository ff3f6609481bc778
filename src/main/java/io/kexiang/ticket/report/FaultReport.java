package io.kexiang.ticket.report;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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
    private final DateTimeFormatter time;

    FaultReport(JdbcTemplate jdbc, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    String xhtml(long ticketId) {
        Map<String, Object> ticket = jdbc.queryForList("""
                select t.*, r.name as fault_reason_name from trouble_ticket t
                left join fault_reason r on r.code = t.fault_reason where t.id = ?""", ticketId).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("trouble ticket", ticketId));
        String status = (String) ticket.get("status");
        if (!status.equals("resolved") && !status.equals("closed")) {
            throw new ConflictException("a fault report is for a resolved ticket; this one is " + status);
        }
        List<Map<String, Object>> timeline = jdbc.queryForList("""
                select at, status, reason, actor from ticket_status_change where ticket_id = ? order by at, id""",
                ticketId);
        List<String> circuits = jdbc.queryForList("select circuit_id from ticket_circuit where ticket_id = ? "
                + "order by circuit_id", String.class, ticketId);
        List<Map<String, Object>> notes = jdbc.queryForList("select at, author, text from ticket_note "
                + "where ticket_id = ? order by at, id", ticketId);
        Timestamp created = (Timestamp) ticket.get("created_at");
        Timestamp resolved = (Timestamp) ticket.get("resolved_at");
        long paused = ((Number) ticket.get("paused_seconds")).longValue();
        Duration affected = Duration.between(created.toInstant(), resolved.toInstant()).minusSeconds(paused);

        StringBuilder rows = new StringBuilder();
        for (Map<String, Object> change : timeline) {
            rows.append("<tr><td>").append(when(change.get("at"))).append("</td><td>")
                    .append(text(change.get("status"))).append("</td><td>").append(text(change.get("reason")))
                    .append("</td></tr>\n");
        }
        StringBuilder actions = new StringBuilder();
        for (Map<String, Object> note : notes) {
            actions.append("<li>").append(when(note.get("at"))).append(" ").append(text(note.get("text")))
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
                <table>
                  <tr><th>客户 Customer</th><td>%2$s (%3$s)</td></tr>
                  <tr><th>故障 Fault</th><td>%4$s</td></tr>
                  <tr><th>开始 Opened</th><td>%5$s</td></tr>
                  <tr><th>恢复 Restored</th><td>%6$s</td></tr>
                  <tr><th>影响时长 Affected</th><td>%7$d 分钟 minutes</td></tr>
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
                """.formatted(text(ticket.get("number")), text(ticket.get("customer_name")),
                text(ticket.get("customer_code")), text(ticket.get("description")), when(created), when(resolved),
                affected.toMinutes(), text(ticket.get("fault_reason_name")), text(ticket.get("resolution")),
                htmlEscape(String.join(", ", circuits)), rows, actions.isEmpty() ? "<li>—</li>" : actions);
    }

    private String when(Object timestamp) {
        return timestamp == null ? "" : time.format(((Timestamp) timestamp).toInstant());
    }

    private static String text(Object value) {
        return value == null ? "" : htmlEscape(String.valueOf(value), "UTF-8");
    }
}
