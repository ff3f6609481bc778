package io.kexiang.notification;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import io.kexiang.ticket.MajorIncidentDeclared;
import io.kexiang.ticket.TicketEscalated;
import io.kexiang.ticket.TicketOpened;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about tickets, in Chinese first and English after: the level an escalation reached (technical
 * specialists, the department manager, the VP), and the account manager of a customer with a new ticket.
 */
@Component
class TicketNotices {

    private static final Map<Integer, Role> CHAIN = Map.of(1, Role.TECH_SPECIALIST, 2, Role.DEPT_MANAGER, 3,
            Role.VP);
    private static final Map<Integer, String> LEVELS = Map.of(1, "技术专家 technical specialist", 2,
            "部门经理 department manager", 3, "主管副总 VP");
    private static final Map<String, String> STEPS = Map.of(
            "response-warning", "响应时限即将到期 response deadline near",
            "response-breach", "响应超时 response deadline missed",
            "restoration-warning", "修复时限即将到期 restoration deadline near",
            "restoration-breach", "修复超时 restoration deadline missed");

    private final PersonDirectory people;
    private final Mailbox mailbox;
    private final DateTimeFormatter time;

    TicketNotices(PersonDirectory people, Mailbox mailbox, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.people = people;
        this.mailbox = mailbox;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    @ApplicationModuleListener
    void on(TicketEscalated escalated) {
        List<String> to = people.withRole(CHAIN.get(escalated.level())).stream().map(PersonRef::email)
                .filter(email -> email != null && !email.isBlank()).toList();
        String subject = "【客响】故障单 " + escalated.number() + " 升级至" + LEVELS.get(escalated.level()) + " / ticket "
                + escalated.number() + " escalated";
        String text = """
                故障单 Ticket: %s
                客户 Customer: %s
                故障 Fault: %s
                原因 Why: %s
                时限 Deadline: %s
                升级时间 Escalated at: %s

                请登录客响查看并处理 / Please open it in Kexiang: /tmf-api/troubleTicket/v4/troubleTicket/%d
                """.formatted(escalated.number(), escalated.customerName(), escalated.name(),
                STEPS.get(escalated.step()), time.format(escalated.deadline()), time.format(escalated.at()),
                escalated.ticketId());
        mailbox.send(to, subject, text);
    }

    /** The emergency group: the department managers and VPs, who run the emergency plan. */
    @ApplicationModuleListener
    void on(MajorIncidentDeclared incident) {
        List<String> to = Stream.of(Role.DEPT_MANAGER, Role.VP)
                .flatMap(role -> people.withRole(role).stream()).map(PersonRef::email)
                .filter(email -> email != null && !email.isBlank()).distinct().toList();
        String subject = "【客响】重大故障 " + incident.levelName() + " 级应急 / major incident, root alarm "
                + incident.rootAlarmId();
        String text = """
                应急级别 Emergency level: %s
                原因 Why: %s
                影响客户数 Customers hit: %d
                根告警 Root alarm: /tmf-api/alarmManagement/v4/alarm/%d
                宣布时间 Declared at: %s
                """.formatted(incident.levelName(), incident.reason(), incident.customers(), incident.rootAlarmId(),
                time.format(incident.at()));
        mailbox.send(to, subject, text);
    }

    @ApplicationModuleListener
    void on(TicketOpened opened) {
        if (opened.accountManagerEmployeeId() == null) {
            return;
        }
        List<String> to = people.byEmployeeId(opened.accountManagerEmployeeId()).map(PersonRef::email)
                .filter(email -> !email.isBlank()).stream().toList();
        String subject = "【客响】客户 " + opened.customerCode() + " 新故障单 " + opened.number() + " / new ticket";
        String text = """
                您负责的集团客户 %s 有新的故障单 %s。
                A new ticket %s was opened for your customer %s.
                响应时限 Response due: %s
                修复时限 Restoration due: %s
                """.formatted(opened.customerCode(), opened.number(), opened.number(), opened.customerCode(),
                time.format(opened.responseDue()), time.format(opened.restorationDue()));
        mailbox.send(to, subject, text);
    }
}
