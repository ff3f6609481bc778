package io.kexiang.cutover.notice;

import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverSettings;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides who is told what and when, as rows: one notice per account manager, per kind, per approval round (the
 * unique key), due now or at a reminder's time. {@link NoticeRelease} sends them when they are due; a restart in
 * between loses none and sends none twice.
 */
@Component
public class NoticeSchedule {

    private final JdbcTemplate jdbc;
    private final PersonDirectory people;
    private final CutoverSettings settings;

    NoticeSchedule(JdbcTemplate jdbc, PersonDirectory people, CutoverSettings settings) {
        this.jdbc = jdbc;
        this.people = people;
        this.settings = settings;
    }

    /** The approval notice to every affected account manager now, and the reminders before the start. */
    public void approved(CutoverPlan plan, Instant now) {
        supersede(plan.id());
        List<String> managers = jdbc.queryForList("""
                select distinct account_manager_employee_id from cutover_circuit
                where plan_id = ? and account_manager_employee_id is not null""", String.class, plan.id());
        schedule(plan, "approved", "", managers, now, null);
        for (Duration before : settings.reminders()) {
            Instant due = plan.windowStart().minus(before);
            if (due.isAfter(now)) {
                schedule(plan, "reminder", label(before), managers, due, null);
            }
        }
    }

    /** Those already told of the plan are told it changed (or was cancelled, or is done); reminders are off. */
    public void toldAgain(CutoverPlan plan, String kind, Instant now) {
        List<String> told = told(plan);
        supersede(plan.id());
        schedule(plan, kind, "", told, now, null);
    }

    /** The work left faults: the requester, and the account managers of the customers hit by them. */
    public void failed(CutoverPlan plan, Collection<String> accountManagers, Instant now) {
        Set<String> recipients = new LinkedHashSet<>(accountManagers);
        recipients.add(plan.requester());
        schedule(plan, "failed", "", recipients, now, null);
    }

    /** An account manager who has not confirmed: their department managers are told. */
    void unconfirmed(CutoverPlan plan, long noticeId, String accountManager, Instant now) {
        List<String> managers = people.managersOf(accountManager).stream().map(PersonRef::employeeId).toList();
        schedule(plan, "unconfirmed", accountManager, managers, now, String.valueOf(noticeId));
    }

    private List<String> told(CutoverPlan plan) {
        return jdbc.queryForList("""
                select distinct recipient from cutover_notice
                where plan_id = ? and approval_round = ? and kind = 'approved'
                    and state in ('sent', 'undeliverable')""", String.class,
                plan.id(), plan.approvalRound());
    }

    private void supersede(long planId) {
        jdbc.update("update cutover_notice set state = 'superseded' where plan_id = ? and state = 'scheduled' "
                + "and kind in ('approved', 'reminder')", planId);
    }

    private void schedule(CutoverPlan plan, String kind, String label, Collection<String> recipients, Instant due,
            String about) {
        Map<String, PersonRef> found = people.byEmployeeIds(recipients);
        for (String employeeId : recipients) {
            PersonRef person = found.get(employeeId);
            jdbc.update("""
                    insert into cutover_notice (plan_id, approval_round, kind, label, recipient, recipient_name, email,
                        mobile, language, about, due_at, state)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled')
                    on conflict (plan_id, approval_round, kind, label, recipient) do nothing""", plan.id(),
                    plan.approvalRound(), kind, label, employeeId, person == null ? employeeId : person.name(),
                    person == null ? null : person.email(), person == null ? null : person.mobile(),
                    settings.language(), about, Timestamp.from(due));
        }
    }

    static String label(Duration before) {
        long minutes = before.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
