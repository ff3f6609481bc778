package io.kexiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules read each other through their APIs, not their tables: every table has one owning module, and SQL in one
 * module's sources names only its own tables (and the platform's). The owners are listed here, so that a new table
 * is given to a module on purpose.
 */
class TableOwnershipTests {

    private static final Map<String, Set<String>> OWNED = Map.ofEntries(
            Map.entry("shared", Set.of("event_publication", "event_publication_archive", "audit_entry")),
            Map.entry("identity", Set.of("person", "person_role", "department", "api_token", "api_token_role",
                    "login_failure")),
            Map.entry("inventory", Set.of("network_element", "ne_address", "group_customer", "customer_contact",
                    "circuit", "termination")),
            Map.entry("ingest", Set.of("raw_event", "raw_event_default", "snmp_user", "nms_heartbeat")),
            Map.entry("alarm", Set.of("alarm", "alarm_circuit", "alarm_comment", "alarm_event", "alarm_journal",
                    "alarm_task")),
            Map.entry("hub", Set.of("hub_subscription")),
            Map.entry("outbox", Set.of("outbox_message", "outbox_attempt")),
            Map.entry("ticket", Set.of("trouble_ticket", "ticket_alarm", "ticket_candidate", "ticket_circuit",
                    "ticket_escalation", "ticket_journal", "ticket_note", "ticket_number_day",
                    "ticket_status_change", "fault_reason", "major_incident")),
            Map.entry("qualification", Set.of("service_qualification", "resource_reservation")),
            Map.entry("cutover", Set.of("cutover_plan", "cutover_scope", "cutover_expected_impact", "cutover_circuit",
                    "cutover_notice", "cutover_number_day", "cutover_reject_reason", "cutover_status_change")),
            Map.entry("ordering", Set.of("service_order", "service_order_item")),
            Map.entry("presales", Set.of("presales_case")),
            Map.entry("report", Set.of("report_delivery", "quarterly_report", "incident_summary")),
            Map.entry("complaint", Set.of("complaint_escalation", "complaint_instruction")),
            Map.entry("kpi", Set.of("availability_month", "availability_month_frozen")));

    private static final Pattern TABLE_USE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void everyTableOfTheSchemaHasAnOwner() throws IOException {
        Set<String> owned = OWNED.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher table = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)")
                        .matcher(Files.readString(migration));
                while (table.find()) {
                    created.add(table.group(1).toLowerCase());
                }
            }
        }
        created.removeAll(Set.of("hub_notification", "notice_delivery", "notice_attempt")); // renamed or dropped
        created.removeIf(TableOwnershipTests::engines);
        assertThat(owned).containsAll(created);
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() throws IOException {
        List<String> trespasses = new ArrayList<>();
        for (String module : OWNED.keySet()) {
            Path sources = Path.of("src/main/java/io/kexiang", module);
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher use = TABLE_USE.matcher(Files.readString(file));
                    while (use.find()) {
                        String table = use.group(1).toLowerCase();
                        String owner = ownerOf(table);
                        if (owner != null && !owner.equals(module) && !owner.equals("shared")) {
                            trespasses.add(module + " reads " + owner + "'s " + table + " in " + file.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    /** The platform's audit function is shared by every module's tables: each trigger names its own columns. */
    @Test
    void theAuditFunctionNamesNoModulesColumns() throws IOException {
        String latest = null;
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.sorted((a, b) -> Integer.compare(version(a), version(b))).toList()) {
                String sql = Files.readString(migration);
                int at = sql.indexOf("function audit_row()");
                if (at >= 0) {
                    latest = sql.substring(at, sql.indexOf("end $$", at));
                }
            }
        }
        assertThat(latest).isNotNull().doesNotContain("password_hash", "trap_communities", "last_login",
                "failed_login_count");
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** The process engine's tables (Flowable's ACT_ and FLW_), which only the process module's engine touches. */
    private static boolean engines(String table) {
        return table.startsWith("act_") || table.startsWith("flw_");
    }

    private static String ownerOf(String table) {
        if (engines(table)) {
            return "process";
        }
        return OWNED.entrySet().stream().filter(owned -> owned.getValue().contains(table)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
