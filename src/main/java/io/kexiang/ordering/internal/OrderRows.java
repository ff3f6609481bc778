package io.kexiang.ordering.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.kexiang.shared.database.RowMaps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The circuit orders' rows (service_order, service_order_item). */
@Component
class OrderRows {

    private final JdbcTemplate jdbc;

    OrderRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new order, numbered SO-yyyyMMdd-nnnnnn from its id; returns its id and number. */
    Map.Entry<Long, String> insert(OrderRequest order, String customerName, String accountManager, String requester,
            String timeLimit, Instant now, Instant due, String day) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into service_order (number, external_id, description, category, priority, state,
                        customer_code, customer_name, account_manager_employee_id, branch, time_limit, requester,
                        order_date, requested_completion, expected_completion)
                    values ('pending', ?, ?, ?, ?, 'acknowledged', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, order.externalId());
            insert.setString(2, order.description());
            insert.setString(3, order.category());
            insert.setString(4, order.priority());
            insert.setString(5, order.customerCode());
            insert.setString(6, customerName);
            insert.setString(7, accountManager);
            insert.setString(8, order.branch());
            insert.setString(9, timeLimit);
            insert.setString(10, requester);
            insert.setTimestamp(11, Timestamp.from(now));
            insert.setTimestamp(12, order.requestedCompletion() == null ? null
                    : Timestamp.from(order.requestedCompletion()));
            insert.setTimestamp(13, Timestamp.from(due));
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        String number = "SO-%s-%06d".formatted(day, id);
        jdbc.update("update service_order set number = ? where id = ?", number, id);
        return Map.entry(id, number);
    }

    void item(long orderId, String itemId, String action, String circuitId, String type, String spec) {
        jdbc.update("""
                insert into service_order_item (order_id, item_id, action, circuit_id, circuit_type, spec, state)
                values (?, ?, ?, ?, ?, ?, 'acknowledged')""", orderId, itemId, action, circuitId, type, spec);
    }

    void started(long id, String instance) {
        jdbc.update("update service_order set process_instance_id = ?, state = 'inProgress' where id = ?", instance,
                id);
        jdbc.update("update service_order_item set state = 'inProgress' where order_id = ?", id);
    }

    void completed(long id, Instant at) {
        jdbc.update("update service_order set state = 'completed', completion_date = ? where id = ?",
                Timestamp.from(at), id);
        jdbc.update("update service_order_item set state = 'completed' where order_id = ?", id);
    }

    void cancelled(long id, String reason, Instant at) {
        jdbc.update("""
                update service_order set state = 'cancelled', cancellation_date = ?, cancellation_reason = ?
                where id = ?""", Timestamp.from(at), reason, id);
        jdbc.update("update service_order_item set state = 'cancelled' where order_id = ?", id);
    }

    Optional<Map<String, Object>> find(long id) {
        return jdbc.query("select * from service_order where id = ?", RowMaps::of, id).stream().findFirst();
    }

    List<Map<String, Object>> items(long id) {
        return jdbc.query("select * from service_order_item where order_id = ? order by item_id", RowMaps::of, id);
    }

    List<Map<String, Object>> list(String state, int offset, int limit) {
        return jdbc.query("""
                select * from service_order where (cast(? as varchar) is null or state = ?)
                order by order_date desc, id desc offset ? limit ?""", RowMaps::of, state, state, offset, limit);
    }

    /** The orders still being worked, due soonest first. */
    List<Map<String, Object>> open() {
        return jdbc.query("""
                select * from service_order where state in ('acknowledged', 'inProgress')
                order by expected_completion, id""", RowMaps::of);
    }

    long count(String state) {
        return jdbc.queryForObject("select count(*) from service_order where (cast(? as varchar) is null or state = ?)",
                Long.class, state, state);
    }

    /** Orders completed in [since, until), oldest first, for the KPIs. */
    List<Map<String, Object>> completedIn(Instant since, Instant until) {
        return jdbc.query(ledgerSelect("completion_date >= ? and completion_date < ?", "completion_date, id"),
                RowMaps::of, Timestamp.from(since), Timestamp.from(until));
    }

    /** Orders placed in [since, until), oldest first, for the ledger. */
    List<Map<String, Object>> placed(Instant since, Instant until, String customer) {
        return jdbc.query(ledgerSelect("order_date >= ? and order_date < ? "
                + "and (cast(? as varchar) is null or customer_code = ?)", "order_date, id"), RowMaps::of,
                Timestamp.from(since), Timestamp.from(until), customer, customer);
    }

    /** An order with its circuits in one column, as the ledger shows them. */
    private static String ledgerSelect(String where, String order) {
        return """
                select o.*, (select string_agg(i.circuit_id, ', ' order by i.item_id) from service_order_item i
                             where i.order_id = o.id) as circuits
                from service_order o where %s order by %s""".formatted(where, order);
    }
}
