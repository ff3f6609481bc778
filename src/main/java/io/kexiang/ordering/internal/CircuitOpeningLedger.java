package io.kexiang.ordering.internal;

import io.kexiang.process.WorkingCalendar;
import io.kexiang.shared.Texts;
import io.kexiang.shared.web.DayRange;
import io.kexiang.shared.excel.Sheets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The circuit-opening ledger (电路开通台帐): the orders placed in a period
 * with their circuits, the working days they took and whether they were completed by their due time (the order's
 * time limit from its arrival), as JSON and as an Excel workbook in the reply's language.
 */
@org.springframework.stereotype.Component
class CircuitOpeningLedger implements io.kexiang.ordering.CircuitOrderLedgers {

    private final OrderRows rows;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Texts texts;

    CircuitOpeningLedger(OrderRows rows, WorkingCalendar calendar, Texts texts,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.texts = texts;
        this.rows = rows;
        this.calendar = calendar;
        this.zone = zone;
    }

    static final String READERS = "hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')";

    @Override
    @PreAuthorize(READERS)
    public Map<String, Object> ledger(String from, String to, String customer) {
        List<Line> lines = lines(from, to, customer);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("summary", Map.of("placed", lines.size(),
                "completed", lines.stream().filter(line -> line.completed() != null).count(),
                "completedOnTime", lines.stream().filter(line -> Boolean.TRUE.equals(line.onTime())).count()));
        body.put("lines", lines);
        return body;
    }

    @Override
    @PreAuthorize(READERS)
    public byte[] workbook(String from, String to, String customer, Locale locale) {
        boolean chinese = !"en".equals(locale.getLanguage());
        List<String> headers = chinese
                ? List.of("单号", "下单时间", "调度单号", "类别", "客户编码", "客户名称", "电路", "实施单位", "状态", "时限",
                        "报竣时间", "用时（工作日）", "是否及时", "撤销原因")
                : List.of("Number", "Ordered", "Dispatch number", "Category", "Customer code", "Customer", "Circuits",
                        "Branch", "State", "Due", "Completed", "Working days", "On time", "Cancellation");
        List<List<Object>> cells = lines(from, to, customer).stream().map(line -> {
            List<Object> row = new ArrayList<>();
            row.add(line.number());
            row.add(line.orderDate());
            row.add(line.externalId());
            row.add(texts.sayCode("order.category.", line.category(), locale));
            row.add(line.customerCode());
            row.add(line.customerName());
            row.add(line.circuits());
            row.add(line.branch());
            row.add(texts.sayCode("order.state.", line.state(), locale));
            row.add(line.due());
            row.add(line.completed());
            row.add(line.workingDays());
            row.add(line.onTime());
            row.add(line.cancellationReason());
            return row;
        }).toList();
        return Sheets.of(chinese ? "电路开通台帐" : "Circuit orders", headers, cells, zone, chinese ? "是" : "yes",
                chinese ? "否" : "no");
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<Line> completed(Instant from, Instant to) {
        return rows.completedIn(from, to).stream().map(this::line).toList();
    }

    private List<Line> lines(String from, String to, String customer) {
        DayRange period = DayRange.of(from, to);
        return rows.placed(period.since(zone), period.until(zone), customer).stream().map(this::line).toList();
    }

    private Line line(Map<String, Object> order) {
        Instant placed = (Instant) order.get("order_date");
        Instant due = (Instant) order.get("expected_completion");
        Instant completed = (Instant) order.get("completion_date");
        BigDecimal days = completed == null ? null : BigDecimal.valueOf(calendar.between(placed, completed)
                .toMinutes()).divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
        return new Line((String) order.get("number"), placed, (String) order.get("external_id"),
                (String) order.get("category"), (String) order.get("customer_code"),
                (String) order.get("customer_name"), (String) order.get("circuits"), (String) order.get("branch"),
                (String) order.get("state"), due, completed, days,
                completed == null ? null : !completed.isAfter(due), (String) order.get("cancellation_reason"));
    }
}
