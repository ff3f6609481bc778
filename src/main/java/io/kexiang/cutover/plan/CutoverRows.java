package io.kexiang.cutover.plan;

import io.kexiang.cutover.CutoverDraft;
import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.plan.Impact;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.database.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Cutover plans in PostgreSQL: the plan, its scope, the requester's expectations and the impact analysis. */
@Component
@EnableConfigurationProperties(CutoverSettings.class)
public class CutoverRows {

    private static final String PLAN = """
            select id, number, title, reason, executing_unit, requester, window_start, window_end, risk_level,
                rollback_plan, emergency, customer_language, status, approval_round, reject_reason, reject_note,
                approved_by, approved_at, impact_at, started_at, finished_at, window_checked_at, created_at, updated_at,
                no_customer_impact
            from cutover_plan""";

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final ZoneId zone;

    CutoverRows(JdbcTemplate jdbc, CutoverSettings settings, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.prefix = settings.numberPrefix();
        this.zone = zone;
    }

    public long insert(CutoverDraft draft, Impact impact, String requester, Instant now) {
        LocalDate day = LocalDate.ofInstant(draft.windowStart().toInstant(), zone);
        Integer next = jdbc.queryForObject("""
                insert into cutover_number_day (day, last) values (?, 1)
                on conflict (day) do update set last = cutover_number_day.last + 1 returning last""", Integer.class,
                java.sql.Date.valueOf(day));
        String number = "%s-%s-%02d".formatted(prefix, day.format(DateTimeFormatter.BASIC_ISO_DATE), next);
        long id = jdbc.queryForObject("""
                insert into cutover_plan (number, title, reason, executing_unit, requester, window_start, window_end,
                    risk_level, rollback_plan, emergency, customer_language, status, created_at, updated_at,
                    no_customer_impact)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?) returning id""", Long.class, number,
                draft.title(), draft.reason(), draft.executingUnit(), requester, ts(draft.windowStart().toInstant()),
                ts(draft.windowEnd().toInstant()), draft.riskLevel(), draft.rollbackPlan(), draft.isEmergency(),
                language(draft), ts(now), ts(now), draft.isNoCustomerImpact());
        history(id, now, "draft", requester, null);
        writeScope(id, draft, impact, now);
        return id;
    }

    public void update(long id, CutoverDraft draft, Impact impact, Instant now) {
        jdbc.update("""
                update cutover_plan set title = ?, reason = ?, executing_unit = ?, window_start = ?, window_end = ?,
                    risk_level = ?, rollback_plan = ?, emergency = ?, customer_language = ?, updated_at = ?,
                    no_customer_impact = ?
                where id = ?""", draft.title(), draft.reason(), draft.executingUnit(),
                ts(draft.windowStart().toInstant()), ts(draft.windowEnd().toInstant()), draft.riskLevel(),
                draft.rollbackPlan(), draft.isEmergency(), language(draft), ts(now), draft.isNoCustomerImpact(), id);
        jdbc.update("delete from cutover_scope where plan_id = ?", id);
        jdbc.update("delete from cutover_expected_impact where plan_id = ?", id);
        writeScope(id, draft, impact, now);
    }

    private void writeScope(long id, CutoverDraft draft, Impact impact, Instant now) {
        List<Object[]> scope = new ArrayList<>();
        for (int i = 0; i < impact.scope().size(); i++) {
            CutoverDraft.Scope item = impact.scope().get(i);
            scope.add(new Object[] {id, i, item.networkElement(), item.networkInterface(), item.circuitId()});
        }
        jdbc.batchUpdate("insert into cutover_scope (plan_id, position, network_element, interface, circuit_id) "
                + "values (?, ?, ?, ?, ?)", scope);
        jdbc.batchUpdate("insert into cutover_expected_impact (plan_id, circuit_id, impact, duration_minutes) "
                + "values (?, ?, ?, ?)", draft.expected().stream()
                .map(each -> new Object[] {id, each.circuitId(), each.impact(), each.durationMinutes()}).toList());
        storeImpact(id, impact.circuits(), now);
    }

    /** The impact analysis as of now; at approval it is what the notices are made of. */
    public void storeImpact(long id, List<AffectedCircuit> circuits, Instant now) {
        jdbc.update("delete from cutover_circuit where plan_id = ?", id);
        jdbc.batchUpdate("""
                insert into cutover_circuit (plan_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                    account_manager_employee_id, account_manager_name, impact, duration_minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", circuits.stream().map(c -> new Object[] {id, c.circuitId(),
                c.circuitType(), c.customerCode(), c.customerName(), c.tier(), c.accountManagerEmployeeId(),
                c.accountManagerName(), c.impact(), c.durationMinutes()}).toList());
        jdbc.update("update cutover_plan set impact_at = ? where id = ?", ts(now), id);
    }

    public Optional<CutoverPlan> find(long id) {
        return jdbc.query(PLAN + " where id = ?", CutoverRows::plan, id).stream().findFirst();
    }

    /** The plan, locked for a change of state. */
    public CutoverPlan lock(long id) {
        return jdbc.query(PLAN + " where id = ? for update", CutoverRows::plan, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("cutover", id));
    }

    public List<CutoverPlan> query(Where where, int offset, int limit) {
        return jdbc.query(PLAN + where.sql() + " order by window_start desc, id desc limit ? offset ?",
                CutoverRows::plan, where.args(limit, offset));
    }

    public long count(Where where) {
        return jdbc.queryForObject("select count(*) from cutover_plan" + where.sql(), Long.class, where.args());
    }

    public List<CutoverDraft.Scope> scope(long id) {
        return jdbc.query("select network_element, interface, circuit_id from cutover_scope where plan_id = ? "
                + "order by position", (rs, row) -> new CutoverDraft.Scope(rs.getString(1), rs.getString(2),
                rs.getString(3)), id);
    }

    public List<CutoverDraft.ExpectedImpact> expected(long id) {
        return jdbc.query("select circuit_id, impact, duration_minutes from cutover_expected_impact "
                + "where plan_id = ? order by circuit_id", (rs, row) -> new CutoverDraft.ExpectedImpact(
                rs.getString(1), rs.getString(2), (Integer) rs.getObject(3)), id);
    }

    public List<AffectedCircuit> circuits(long id) {
        return jdbc.query("""
                select circuit_id, circuit_type, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name, impact, duration_minutes
                from cutover_circuit where plan_id = ? order by customer_code, circuit_id""",
                (rs, row) -> new AffectedCircuit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        (Integer) rs.getObject(9)), id);
    }

    /** Moves the plan on and records the step; the caller has checked the move with the policy. */
    public void status(long id, CutoverStatus status, String actor, String reason, Instant now) {
        jdbc.update("update cutover_plan set status = ?, updated_at = ? where id = ?", status.api(), ts(now), id);
        history(id, now, status.api(), actor, reason);
    }

    public void approved(long id, String approver, Instant at) {
        jdbc.update("update cutover_plan set approval_round = approval_round + 1, approved_by = ?, approved_at = ?, "
                + "reject_reason = null, reject_note = null where id = ?", approver, ts(at), id);
    }

    /** The catalogue of reasons an approver gives for a rejection. */
    public List<Map<String, Object>> rejectReasons() {
        return jdbc.queryForList("select code, name_zh as \"nameZh\", name_en as \"nameEn\", active "
                + "from cutover_reject_reason order by code");
    }

    public Map<String, Object> putRejectReason(String code, String nameZh, String nameEn, boolean active) {
        jdbc.update("""
                insert into cutover_reject_reason (code, name_zh, name_en, active) values (?, ?, ?, ?)
                on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                    active = excluded.active""", code, nameZh, nameEn, active);
        return jdbc.queryForMap("select code, name_zh as \"nameZh\", name_en as \"nameEn\", active "
                + "from cutover_reject_reason where code = ?", code);
    }

    public boolean isActiveRejectReason(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from cutover_reject_reason "
                + "where code = ? and active)", Boolean.class, code));
    }

    public void rejected(long id, String reason, String note) {
        jdbc.update("update cutover_plan set reject_reason = ?, reject_note = ? where id = ?", reason, note, id);
    }

    public void started(long id, Instant at) {
        jdbc.update("update cutover_plan set started_at = ? where id = ?", ts(at), id);
    }

    public void finished(long id, Instant at) {
        jdbc.update("update cutover_plan set finished_at = ? where id = ?", ts(at), id);
    }

    public void windowChecked(long id, Instant at) {
        jdbc.update("update cutover_plan set window_checked_at = ? where id = ?", ts(at), id);
    }

    public List<Map<String, Object>> history(long id) {
        return jdbc.queryForList("select at, status, actor, reason from cutover_status_change where plan_id = ? "
                + "order by at, status", id);
    }

    private void history(long id, Instant at, String status, String actor, String reason) {
        jdbc.update("insert into cutover_status_change (plan_id, at, status, actor, reason) values (?, ?, ?, ?, ?)",
                id, ts(at), status, actor, reason);
    }

    private String language(CutoverDraft draft) {
        return draft.customerLanguage() == null ? "zh-CN" : draft.customerLanguage();
    }

    private static CutoverPlan plan(ResultSet rs, int row) throws SQLException {
        return new CutoverPlan(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                rs.getString("reason"), rs.getString("executing_unit"), rs.getString("requester"),
                instant(rs, "window_start"), instant(rs, "window_end"), rs.getString("risk_level"),
                rs.getString("rollback_plan"), rs.getBoolean("emergency"), rs.getString("customer_language"),
                CutoverStatus.ofApi(rs.getString("status")).orElseThrow(), rs.getInt("approval_round"), rs.getString("reject_reason"),
                rs.getString("reject_note"), rs.getString("approved_by"), instant(rs, "approved_at"),
                instant(rs, "impact_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                instant(rs, "window_checked_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getBoolean("no_customer_impact"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
