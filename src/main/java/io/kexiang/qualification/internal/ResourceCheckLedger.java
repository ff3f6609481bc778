package io.kexiang.qualification.internal;

import io.kexiang.process.WorkingCalendar;
import io.kexiang.shared.Texts;
import io.kexiang.shared.web.DayRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The resource-check ledger (资源核查台帐): every check requested in a period, with its answer, the working days it
 * took and whether it was answered in time: by the date the requester expected an answer, or else within
 * {@code kexiang.qualification.answer-within} working days (5 by default).
 */
@Component
class ResourceCheckLedger implements io.kexiang.qualification.ResourceCheckLedgers {

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Duration answerWithin;
    private final Texts texts;

    ResourceCheckLedger(JdbcTemplate jdbc, WorkingCalendar calendar, Texts texts,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone,
            @Value("${kexiang.qualification.answer-within:P5D}") Duration answerWithin) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.zone = zone;
        this.answerWithin = answerWithin;
        this.texts = texts;
    }

    /** The period's lines, oldest first: {@code from} and {@code to} are days in the centre's zone, both included. */
    List<Line> lines(String from, String to, String customer, String accountManager) {
        DayRange period = DayRange.of(from, to);
        Instant since = period.since(zone);
        Instant until = period.until(zone);
        return jdbc.query("""
                select * from service_qualification
                where requested_at >= ? and requested_at < ?
                  and (cast(? as varchar) is null or customer_code = ?)
                  and (cast(? as varchar) is null or account_manager_employee_id = ?)
                order by requested_at, id""", (rows, index) -> line(rows), Timestamp.from(since),
                Timestamp.from(until), customer, customer, accountManager, accountManager);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<Line> answered(Instant from, Instant to) {
        return jdbc.query("""
                select * from service_qualification where answered_at >= ? and answered_at < ?
                order by answered_at, id""", (rows, index) -> line(rows), Timestamp.from(from), Timestamp.from(to));
    }

    private Line line(java.sql.ResultSet rows) throws java.sql.SQLException {
        Instant requested = rows.getTimestamp("requested_at").toInstant();
        Timestamp answered = rows.getTimestamp("answered_at");
        Timestamp expected = rows.getTimestamp("expected_qualification");
        Instant due = expected != null ? expected.toInstant() : calendar.plus(requested, answerWithin);
        BigDecimal days = null;
        Boolean onTime = null;
        if (answered != null) {
            Duration took = calendar.between(requested, answered.toInstant());
            days = BigDecimal.valueOf(took.toMinutes()).divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
            onTime = !answered.toInstant().isAfter(due);
        }
        return new Line(rows.getString("number"), requested, rows.getString("requester"),
                rows.getString("customer_code"), rows.getString("customer_name"), rows.getString("service_type"),
                rows.getString("bandwidth"), rows.getString("site_address"), rows.getString("state"),
                rows.getString("qualification_result"), rows.getString("conclusion"),
                rows.getString("operations_answer"), rows.getString("construction_answer"), rows.getInt("rechecks"),
                answered == null ? null : answered.toInstant(), days, due, onTime);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Map<String, Object> ledger(String from, String to, String customer,
            org.springframework.security.core.Authentication viewer) {
        List<Line> lines = lines(from, to, customer,
                io.kexiang.identity.CustomerScope.ownCustomersOf(viewer).orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("summary", summary(lines));
        body.put("lines", lines);
        return body;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public byte[] workbook(String from, String to, String customer,
            org.springframework.security.core.Authentication viewer, java.util.Locale language) {
        List<Line> lines = lines(from, to, customer,
                io.kexiang.identity.CustomerScope.ownCustomersOf(viewer).orElse(null));
        boolean chinese = !"en".equals(language.getLanguage());
        return io.kexiang.shared.excel.Sheets.of(chinese ? "资源核查台帐" : "Resource checks", headers(chinese),
                lines.stream().map(line -> cells(line, language)).toList(), zone, chinese ? "是" : "yes",
                chinese ? "否" : "no");
    }

    static List<String> headers(boolean chinese) {
        return chinese
                ? List.of("单号", "申请时间", "申请人", "客户编码", "客户名称", "业务类型", "带宽", "地址", "状态", "核查结论",
                        "结论说明", "运行维护部意见", "网络建设部意见", "退回次数", "答复时间", "用时（工作日）", "答复时限",
                        "是否及时")
                : List.of("Number", "Requested", "Requester", "Customer code", "Customer", "Service", "Bandwidth",
                        "Site", "State", "Result", "Conclusion", "Operations", "Network construction", "Rechecks",
                        "Answered", "Working days", "Answer due", "On time");
    }

    /** A line's cells, its codes (service type, state, result) in the workbook's language. */
    private List<Object> cells(Line line, java.util.Locale language) {
        List<Object> cells = new ArrayList<>();
        cells.add(line.number());
        cells.add(line.requestedAt());
        cells.add(line.requester());
        cells.add(line.customerCode());
        cells.add(line.customerName());
        cells.add(texts.sayCode("circuit.type.", line.serviceType(), language));
        cells.add(line.bandwidth());
        cells.add(line.siteAddress());
        cells.add(texts.sayCode("check.state.", line.state(), language));
        cells.add(texts.sayCode("check.result.", line.result(), language));
        cells.add(line.conclusion());
        cells.add(line.operationsAnswer());
        cells.add(line.constructionAnswer());
        cells.add(line.rechecks());
        cells.add(line.answeredAt());
        cells.add(line.workingDays());
        cells.add(line.answerDue());
        cells.add(line.onTime());
        return cells;
    }

    static Map<String, Object> summary(List<Line> lines) {
        long answered = lines.stream().filter(line -> line.onTime() != null).count();
        long onTime = lines.stream().filter(line -> Boolean.TRUE.equals(line.onTime())).count();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("requested", lines.size());
        summary.put("answered", answered);
        summary.put("answeredOnTime", onTime);
        return summary;
    }
}
