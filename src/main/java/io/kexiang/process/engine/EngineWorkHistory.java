package io.kexiang.process.engine;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.process.WorkHistory;
import io.kexiang.process.WorkingCalendar;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.history.HistoricProcessInstanceQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class EngineWorkHistory implements WorkHistory {

    private final HistoryService history;
    private final RepositoryService repository;
    private final WorkingCalendar calendar;
    private final PersonDirectory people;
    private final EndEvents ends;
    private final JdbcTemplate jdbc;

    EngineWorkHistory(HistoryService history, RepositoryService repository, WorkingCalendar calendar,
            PersonDirectory people, EndEvents ends, JdbcTemplate jdbc) {
        this.ends = ends;
        this.jdbc = jdbc;
        this.history = history;
        this.repository = repository;
        this.calendar = calendar;
        this.people = people;
    }

    @Override
    public List<Finished> archive(String processKey, String text, LocalDate from, LocalDate to, String person,
            String outcome, int limit) {
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().finished()
                .includeProcessVariables();
        if (processKey != null) {
            query.processDefinitionKey(processKey);
        }
        if (from != null) {
            query.finishedAfter(date(from));
        }
        if (to != null) {
            query.finishedBefore(date(to.plusDays(1)));
        }
        if (person != null) {
            query.involvedUser(person);
        }
        List<Finished> found = new ArrayList<>();
        for (HistoricProcessInstance instance : query.orderByProcessInstanceEndTime().desc().listPage(0, 5000)) {
            Finished finished = finished(instance);
            if (matches(finished, text) && (outcome == null || outcome.equals(finished.outcome()))) {
                found.add(finished);
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }

    @Override
    public List<StepFigures> statistics(LocalDate from, LocalDate to) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().finished()
                .taskCompletedAfter(date(from)).taskCompletedBefore(date(to.plusDays(1))).list();
        Map<String, String> departments = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<List<String>, long[]> counts = new TreeMap<>((a, b) -> String.join("\u0000", a)
                .compareTo(String.join("\u0000", b)));
        Map<List<String>, Long> minutes = new HashMap<>();
        for (HistoricTaskInstance task : done) {
            if (task.getEndTime() == null || "deleted".equals(task.getDeleteReason())) {
                continue;
            }
            String key = task.getProcessDefinitionId().split(":")[0];
            names.computeIfAbsent(key, k -> repository.getProcessDefinition(task.getProcessDefinitionId()).getName());
            String department = task.getAssignee() == null ? "" : departments.computeIfAbsent(task.getAssignee(),
                    assignee -> people.departmentsOf(assignee).stream().findFirst().orElse(""));
            String month = YearMonth.from(task.getEndTime().toInstant().atZone(calendar.zone())).toString();
            List<String> line = List.of(key, task.getName(), department, month);
            long[] figures = counts.computeIfAbsent(line, l -> new long[2]);
            figures[0]++;
            if (task.getDueDate() == null || !task.getEndTime().after(task.getDueDate())) {
                figures[1]++;
            }
            minutes.merge(line, calendar.between(task.getCreateTime().toInstant(), task.getEndTime().toInstant())
                    .toMinutes(), Long::sum);
        }
        List<StepFigures> lines = new ArrayList<>();
        counts.forEach((line, figures) -> lines.add(new StepFigures(line.get(0), names.get(line.get(0)), line.get(1),
                line.get(2).isEmpty() ? null : line.get(2), line.get(3), figures[0], figures[1],
                BigDecimal.valueOf(figures[1] * 100).divide(BigDecimal.valueOf(figures[0]), 1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(minutes.get(line)).divide(BigDecimal.valueOf(figures[0] * 60), 1,
                        RoundingMode.HALF_UP))));
        return lines;
    }

    /**
     * Read from the engine's history tables in one query (a quarter's steps are thousands: the engine's queries map
     * each to an entity and fetch the instances' business keys by an IN list). The engine writes local times in
     * the JVM's zone, which is how the driver reads them back.
     */
    @Override
    public List<StepDue> stepsDue(Instant from, Instant to) {
        Map<String, String> names = new HashMap<>();
        return jdbc.query("""
                select t.id_, t.proc_def_id_, t.name_, t.assignee_, t.due_date_, t.end_time_, p.business_key_
                from act_hi_taskinst t left join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_
                where t.due_date_ >= ? and t.due_date_ < ? and t.delete_reason_ is null
                order by t.due_date_, t.id_""", (rows, row) -> {
                    String definition = rows.getString("proc_def_id_");
                    String key = definition.split(":")[0];
                    String name = names.computeIfAbsent(key, k -> repository.getProcessDefinition(definition)
                            .getName());
                    Timestamp ended = rows.getTimestamp("end_time_");
                    return new StepDue(rows.getString("id_"), key, name, rows.getString("name_"),
                            rows.getString("business_key_"), rows.getString("assignee_"),
                            rows.getTimestamp("due_date_").toInstant(), ended == null ? null : ended.toInstant());
                }, Timestamp.from(from), Timestamp.from(to));
    }

    private Finished finished(HistoricProcessInstance instance) {
        Instant started = instance.getStartTime().toInstant();
        Instant ended = instance.getEndTime().toInstant();
        BigDecimal days = BigDecimal.valueOf(calendar.between(started, ended).toMinutes())
                .divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
        String outcome = instance.getDeleteReason() != null ? "cancelled" : instance.getEndActivityId();
        Object summary = instance.getProcessVariables().get("summary");
        return new Finished(instance.getId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getBusinessKey(), summary == null ? null : summary.toString(), started, ended, days, outcome,
                instance.getDeleteReason() != null ? null : ends.name(instance.getProcessDefinitionId(),
                        instance.getEndActivityId()));
    }

    private static boolean matches(Finished finished, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return finished.businessKey() != null && finished.businessKey().toLowerCase(Locale.ROOT).contains(wanted)
                || finished.summary() != null && finished.summary().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(calendar.zone()).toInstant());
    }
}
