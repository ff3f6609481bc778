package io.kexiang.qualification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.kexiang.shared.database.RowMaps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The resource checks' and reservations' rows (service_qualification, resource_reservation). */
@Component
class QualificationRows {

    private final JdbcTemplate jdbc;

    QualificationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new check, numbered RC-yyyyMMdd-nnnnnn from its id; returns its id and number. */
    Map.Entry<Long, String> insert(CheckRequest request, String customerName, String accountManager,
            String requester, Instant now, String day) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into service_qualification (number, external_id, description, state, customer_code,
                        customer_name, account_manager_employee_id, service_type, bandwidth, site_address,
                        expected_availability, expected_qualification, provide_alternative, requester, requested_at)
                    values ('pending', ?, ?, 'accepted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, request.externalId());
            insert.setString(2, request.description());
            insert.setString(3, request.customerCode());
            insert.setString(4, customerName);
            insert.setString(5, accountManager);
            insert.setString(6, request.serviceType());
            insert.setString(7, request.bandwidth());
            insert.setString(8, request.siteAddress());
            insert.setTimestamp(9, timestamp(request.expectedAvailability()));
            insert.setTimestamp(10, timestamp(request.expectedQualification()));
            insert.setBoolean(11, request.provideAlternative());
            insert.setString(12, requester);
            insert.setTimestamp(13, Timestamp.from(now));
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        String number = "RC-%s-%06d".formatted(day, id);
        jdbc.update("update service_qualification set number = ? where id = ?", number, id);
        return Map.entry(id, number);
    }

    void started(long id, String processInstanceId) {
        jdbc.update("update service_qualification set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    void startedIfNot(long id, String processInstanceId) {
        jdbc.update("""
                update service_qualification set process_instance_id = ?
                where id = ? and process_instance_id is null""", processInstanceId, id);
    }

    void inProgress(long id, String scope) {
        jdbc.update("update service_qualification set state = 'inProgress', scope = ? where id = ?", scope, id);
    }

    void sentBack(long id, String reason) {
        jdbc.update("update service_qualification set rechecks = rechecks + 1, conclusion = ? where id = ?", reason,
                id);
    }

    /** The answer, with what each department said. */
    void answered(long id, Answer answer, Instant at) {
        jdbc.update("""
                update service_qualification set state = 'done', qualification_result = ?, conclusion = ?,
                    alternative = ?, operations_available = ?, operations_answer = ?, operations_resources = ?,
                    construction_needed = ?, construction_answer = ?, construction_ready = ?, answered_at = ?
                where id = ?""", answer.result(), answer.conclusion(), answer.alternative(),
                answer.operationsAvailable(), answer.operationsAnswer(), answer.operationsResources(),
                answer.constructionNeeded(), answer.constructionAnswer(), timestamp(answer.constructionReady()),
                Timestamp.from(at), id);
    }

    record Answer(String result, String conclusion, String alternative, Boolean operationsAvailable,
                  String operationsAnswer, String operationsResources, Boolean constructionNeeded,
                  String constructionAnswer, Instant constructionReady) {
    }

    void reserve(long qualificationId, String resources, Instant at, Instant until) {
        jdbc.update("""
                insert into resource_reservation (qualification_id, resources, reserved_at, reserved_until, state)
                values (?, ?, ?, ?, 'reserved')""", qualificationId, resources, Timestamp.from(at),
                Timestamp.from(until));
    }

    /** Reservations whose time is up end by themselves; returns the ids of the checks they were for. */
    List<Long> lapse(Instant now) {
        return jdbc.queryForList("""
                update resource_reservation set state = 'lapsed', ended_at = ?
                where state = 'reserved' and reserved_until <= ? returning qualification_id""", Long.class,
                Timestamp.from(now), Timestamp.from(now));
    }

    Optional<Map<String, Object>> find(long id) {
        return jdbc.query("select * from service_qualification where id = ?", RowMaps::of, id).stream()
                .findFirst();
    }

    /** Checks newest first; {@code accountManager} narrows to one account manager's customers. */
    List<Map<String, Object>> list(String accountManager, String state, int offset, int limit) {
        return jdbc.query("""
                select * from service_qualification
                where (cast(? as varchar) is null or account_manager_employee_id = ?)
                  and (cast(? as varchar) is null or state = ?)
                order by requested_at desc, id desc offset ? limit ?""", RowMaps::of,
                accountManager, accountManager, state, state, offset, limit);
    }

    long count(String accountManager, String state) {
        return jdbc.queryForObject("""
                select count(*) from service_qualification
                where (cast(? as varchar) is null or account_manager_employee_id = ?)
                  and (cast(? as varchar) is null or state = ?)""", Long.class,
                accountManager, accountManager, state, state);
    }

    List<Map<String, Object>> reservations(long qualificationId) {
        return jdbc.queryForList("""
                select id, resources, reserved_at, reserved_until, state, ended_at from resource_reservation
                where qualification_id = ? order by id""", qualificationId);
    }


    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
