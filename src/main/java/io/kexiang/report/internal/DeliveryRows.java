package io.kexiang.report.internal;

import io.kexiang.report.ReportDeliveries.Delivery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The report_delivery rows: owed once per kind and subject (the unique key makes the schedule idempotent). */
@Component
class DeliveryRows {

    private final JdbcTemplate jdbc;

    DeliveryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Owes a report unless it is owed already; true when this call made the row. */
    boolean owe(String kind, String subject, String customerCode, String customerName, String accountManager,
            String period, Instant due, Instant now) {
        return jdbc.update("""
                insert into report_delivery (kind, subject, customer_code, customer_name, account_manager_employee_id,
                    period, due_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, subject) do nothing""", kind, subject, customerCode, customerName, accountManager,
                period, Timestamp.from(due), Timestamp.from(now)) > 0;
    }

    List<Delivery> due(Instant from, Instant to) {
        return jdbc.query("select * from report_delivery where due_at >= ? and due_at < ? order by due_at, id",
                DeliveryRows::delivery, Timestamp.from(from), Timestamp.from(to));
    }

    List<Delivery> list(String state, String accountManager) {
        return jdbc.query("""
                select * from report_delivery
                where (cast(? as varchar) is null or account_manager_employee_id = ?)
                  and (cast(? as varchar) is null or (? = 'open') = (delivered_at is null))
                order by due_at, id limit 1000""", DeliveryRows::delivery, accountManager, accountManager, state,
                state);
    }

    /** Not delivered, due before {@code before}, not yet reminded: whom to remind. */
    List<Delivery> toRemind(Instant before) {
        return jdbc.query("""
                select * from report_delivery where delivered_at is null and reminded_at is null and due_at <= ?
                order by due_at for update skip locked""", DeliveryRows::delivery, Timestamp.from(before));
    }

    void reminded(long id, Instant at) {
        jdbc.update("update report_delivery set reminded_at = ? where id = ?", Timestamp.from(at), id);
    }

    Optional<Delivery> find(long id) {
        return jdbc.query("select * from report_delivery where id = ?", DeliveryRows::delivery, id).stream()
                .findFirst();
    }

    Optional<Delivery> find(String kind, String subject) {
        return jdbc.query("select * from report_delivery where kind = ? and subject = ?", DeliveryRows::delivery,
                kind, subject).stream().findFirst();
    }

    /** Records the delivery once; false when it was delivered already. */
    boolean delivered(long id, Instant at, String by, String note) {
        return jdbc.update("""
                update report_delivery set delivered_at = ?, delivered_by = ?, note = ?
                where id = ? and delivered_at is null""", Timestamp.from(at), by, note, id) > 0;
    }

    private static Delivery delivery(ResultSet rows, int row) throws SQLException {
        return new Delivery(rows.getLong("id"), rows.getString("kind"), rows.getString("subject"),
                rows.getString("customer_code"), rows.getString("customer_name"),
                rows.getString("account_manager_employee_id"), rows.getString("period"), instant(rows, "due_at"),
                instant(rows, "reminded_at"), instant(rows, "delivered_at"), rows.getString("delivered_by"),
                rows.getString("note"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp at = rows.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
