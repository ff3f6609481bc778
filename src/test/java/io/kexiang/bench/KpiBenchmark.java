package io.kexiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPIs and reports over a year of data (issue 17): Kexiang from its jar on its embedded PostgreSQL, the issue's
 * inventory imported as an operator would (CSV), then a year — 2025, in the centre's zone — of cleared alarms on
 * the circuits, fault tickets, consultations and complaints through their whole life (waits on the customer, return
 * visits), resource checks and circuit orders with the engine's history of their steps, and the reports owed,
 * written straight into its tables by SQL (a year cannot be sent through in minutes). Then the pages are fetched as
 * their users fetch them: each first once to warm, then {@code rounds} times, timed to the last byte.
 * {@code bench/run kpi} runs it at the size; {@code KpiBenchmarkIT} runs it small and checks the figures.
 */
public final class KpiBenchmark {

    static final String YEAR_START = "2025-01-01 00:00:00+08";

    /** @param processes resource checks and circuit orders, half each, three engine steps apiece */
    record Settings(int elements, int customers, int circuits, int alarms, int tickets, int processes, int rounds,
                    String heap) {

        static Settings full() {
            return new Settings(1_000, 4_000, 20_000, 1_000_000, 100_000, 10_000, 10, "1g");
        }

        static Settings quick() {
            return new Settings(1_000, 4_000, 20_000, 1_000_000, 100_000, 10_000, 2, "1g");
        }

        static Settings smoke() {
            return new Settings(20, 40, 200, 5_000, 1_000, 100, 1, "512m");
        }
    }

    /** How long one kind of data took to write, and how many rows it made. */
    record Seeded(String what, long rows, double seconds) {
    }

    /** A page or resource fetched {@code rounds} times after one warm-up: milliseconds to the last byte. */
    record Timing(String what, String path, int status, int bytes, double first, double median, double max) {
    }

    /**
     * @param expected what 2025-Q3's figures must count, counted by SQL from the rows written
     * @param answers  the quarterly report's and the KPIs' JSON, as the API gave them
     */
    record Result(Settings settings, List<Seeded> seeded, List<Timing> timings, Map<String, Long> expected,
                  Map<String, String> answers) {

        Timing timing(String what) {
            return timings.stream().filter(timing -> timing.what().equals(what)).findFirst().orElseThrow();
        }
    }

    private final Path project;
    private final Path work;
    private final Settings settings;

    KpiBenchmark(Path project, Settings settings) {
        this.project = project;
        this.work = project.resolve("target/bench");
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Settings settings = options.contains("--smoke") ? Settings.smoke()
                : options.contains("--quick") ? Settings.quick() : Settings.full();
        KpiBenchmark benchmark = new KpiBenchmark(Path.of("").toAbsolutePath(), settings);
        Result result = benchmark.run();
        String report = markdown(result);
        System.out.println(report);
        Files.writeString(benchmark.work.resolve("kpi-report.md"), report);
    }

    Result run() throws Exception {
        Files.createDirectories(work);
        BenchInventory inventory = new BenchInventory(settings.elements(), settings.customers(), settings.circuits(),
                0);
        // No schedule runs into the measurements: the report schedule would owe this year's reports in the middle,
        // and the availability freeze would freeze 2025's months before they are written (they are frozen below,
        // through the API, once written).
        try (KexiangUnderTest kexiang = KexiangUnderTest.start(PipelineBenchmark.jar(project), work, settings.heap(),
                List.of("--kexiang.reports.scan=24h", "--kexiang.kpi.availability.freeze=false"))) {
            progress("Kexiang is up (pid " + kexiang.pid() + ")");
            kexiang.importCsv("people", inventory.people() + engineers());
            kexiang.importCsv("network-elements", inventory.networkElements());
            kexiang.importCsv("customers", inventory.customersCsv());
            kexiang.importCsv("circuits", inventory.circuitsCsv());
            List<Seeded> seeded = new ArrayList<>();
            Map<String, Long> expected;
            try (Connection db = kexiang.database()) {
                seed(db, seeded);
                expected = expected(db);
            }
            // The months the hourly scan would have frozen by now (freeze-months: 24 back), through the API.
            long freezing = System.nanoTime();
            for (YearMonth month = YearMonth.of(2024, 1); month.getYear() < 2026; month = month.plusMonths(1)) {
                int status = kexiang.post("/api/v1/availability/months/" + month + "/freeze");
                if (status != 200) {
                    throw new IllegalStateException("Freezing " + month + " answered " + status);
                }
            }
            seeded.add(new Seeded("availability of 2024's and 2025's months frozen (24 API calls)", 24,
                    (System.nanoTime() - freezing) / 1e9));
            progress("seeded: " + seeded);
            String customer = BenchInventory.customer(0);
            List<Timing> timings = new ArrayList<>();
            ConsoleClient console = ConsoleClient.signIn(kexiang.base(), "admin", kexiang.adminPassword());
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("KPI dashboard (console)", "/kpis?period=2025-Q3");
            pages.put("AAA/AA heat map (console, fetched by the dashboard)", "/kpis/heat-map?period=2025-Q3");
            pages.put("故障处理及时率 page (console)", "/kpis/fault-restoration-on-time?period=2025-Q3");
            pages.put("故障处理及时率 12-month trend (console, fetched by its page)",
                    "/kpis/fault-restoration-on-time/trend?period=2025-Q3");
            pages.put("可用率 page (console)", "/kpis/availability?period=2025-Q3");
            pages.put("可用率 12-month trend (console, fetched by its page)", "/kpis/availability/trend?period=2025-Q3");
            pages.put("业务开通周期 page (console)", "/kpis/service-opening-cycle?period=2025-Q3");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                timings.add(time(page.getKey(), page.getValue(), () -> console.get(page.getValue())));
            }
            Map<String, String> resources = new LinkedHashMap<>();
            resources.put("KPIs (API)", "/api/v1/kpis?period=2025-Q3");
            resources.put("availability by customer (API)", "/api/v1/availability/customers?period=2025-Q3");
            resources.put("quarterly report, computed sections (API)", "/api/v1/reports/quarterly?quarter=2025-Q3");
            resources.put("operation analysis report (API)", "/api/v1/reports/operation-analysis?customer="
                    + customer + "&month=2025-09");
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                timings.add(time(resource.getKey(), resource.getValue(), () -> kexiang.fetch(resource.getValue())));
            }
            timings.forEach(timing -> progress(timing.toString()));
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("quarterly", kexiang.read(resources.get("quarterly report, computed sections (API)")));
            answers.put("kpis", kexiang.read(resources.get("KPIs (API)")));
            return new Result(settings, seeded, timings, expected, answers);
        }
    }

    interface Fetch {
        ConsoleClient.Fetched get() throws Exception;
    }

    private Timing time(String what, String path, Fetch fetch) throws Exception {
        ConsoleClient.Fetched first = fetch.get();
        if (first.status() != 200) {
            throw new IllegalStateException(path + " answered " + first.status());
        }
        double[] millis = new double[settings.rounds()];
        ConsoleClient.Fetched last = first;
        for (int round = 0; round < millis.length; round++) {
            last = fetch.get();
            millis[round] = last.millis();
        }
        java.util.Arrays.sort(millis);
        return new Timing(what, path, last.status(), last.bytes(), first.millis(),
                BoardBenchmark.percentile(millis, 0.5), millis[millis.length - 1]);
    }

    /** NOC engineers for the tickets' assignees, in a department of their own. */
    private static String engineers() {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            csv.append("bnoc%02d,网管工程师%02d,网管中心,NOC_ENGINEER,bnoc%02d@bench.example.com\n".formatted(i, i, i));
        }
        return csv.toString();
    }

    /** The year, table by table, each statement timed; then the planner's statistics. */
    private void seed(Connection db, List<Seeded> seeded) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    create temporary table bench_circuit as
                    select row_number() over (order by c.id) as n, c.circuit_id, c.type, g.customer_code,
                           g.name as customer_name, g.tier, p.employee_id as am_id, p.name as am_name
                    from circuit c join group_customer g on g.id = c.customer_id
                    left join person p on p.id = g.account_manager_id""");
            sql.execute("create unique index on bench_circuit (n)");
        }
        int circuits = settings.circuits();
        seeded.add(write(db, "alarms (cleared, 70 % service-affecting, 1–240 min)", """
                insert into alarm (reduction_key, state, alarm_type, probable_cause, perceived_severity,
                    reported_severity, alarmed_object_id, alarmed_object_type, network_element, source_address,
                    source_system_id, raised_at, reported_at, changed_at, cleared_at, first_occurrence,
                    last_occurrence, service_affecting)
                select 'bench-' || g, 'cleared', 'communicationsAlarm', 'linkDown', 'major', 'major',
                       'ifIndex=' || (g %% 48 + 1), 'interface', 'BENCH-NE-' || lpad((g %% 997)::text, 4, '0'),
                       '192.0.2.1', 'bench', t, t, t + d, t + d, t, t, g %% 10 < 7
                from (select g, timestamptz '%1$s' + interval '365 days' * ((g - 1)::float8 / %2$d) as t,
                             interval '1 minute' * (1 + (g * 7919) %% 240) as d
                      from generate_series(1::bigint, %2$d) g) s""".formatted(YEAR_START, settings.alarms())));
        seeded.add(write(db, "alarm circuits (one each)", """
                insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                    account_manager_employee_id, account_manager_name)
                select a.id, c.circuit_id, c.type, c.customer_code, c.customer_name, c.tier, c.am_id, c.am_name
                from alarm a join bench_circuit c on c.n = 1 + (a.id * 7919) %% %d
                where a.source_system_id = 'bench'""".formatted(circuits)));
        seeded.add(write(db, "tickets (fault 95 %, consultation, complaint; closed with a return visit)", """
                insert into trouble_ticket (number, ticket_type, origin, name, description, severity, priority,
                    status, status_changed_at, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name, assignee, response_due, restoration_due, responded_at, paused_seconds,
                    resolved_at, closed_at, fault_reason, resolution, return_visit_at, return_visit_by,
                    return_visit_confirmed, return_visit_satisfaction, created_at, created_by, updated_at)
                select 'BK-' || lpad(g::text, 7, '0'),
                       case when g %% 40 = 0 then 'complaint' when g %% 20 = 0 then 'consultation' else 'fault' end,
                       'alarm', '基准故障 ' || g, '基准测试生成', 'major',
                       case g %% 3 when 0 then 'urgent' when 1 then 'general' else 'complex' end,
                       'closed', created + resolve + interval '1 day', c.customer_code, c.customer_name, c.tier,
                       c.am_id, c.am_name, 'bnoc' || lpad((g %% 30 + 1)::text, 2, '0'),
                       created + interval '2 hours', created + interval '4 hours' + paused,
                       created + interval '1 minute' * (g %% 150), extract(epoch from paused)::bigint,
                       created + resolve, created + resolve + interval '1 day', 'FIBER_CUT', '基准处理',
                       created + resolve + interval '20 hours', c.am_id, true,
                       case when g %% 10 = 0 then 'dissatisfied' else 'satisfied' end,
                       created, 'bench', created + resolve + interval '1 day'
                from (select g, timestamptz '%1$s' + interval '365 days' * ((g - 1)::float8 / %2$d) as created,
                             interval '1 minute' * (10 + (g * 31) %% 330) as resolve,
                             case when g %% 20 = 0 then interval '30 minutes' else interval '0' end as paused
                      from generate_series(1::bigint, %2$d) g) s
                join bench_circuit c on c.n = 1 + (g * 104729) %% %3$d""".formatted(YEAR_START, settings.tickets(),
                circuits)));
        seeded.add(write(db, "ticket circuits", """
                insert into ticket_circuit (ticket_id, circuit_id, circuit_type)
                select t.id, c.circuit_id, c.type from trouble_ticket t
                join bench_circuit c on c.n = 1 + (substr(t.number, 4)::bigint * 104729) %% %d
                where t.number like 'BK-%%'""".formatted(circuits)));
        seeded.add(write(db, "ticket status changes (and a wait on the customer for one in twenty)", """
                insert into ticket_status_change (ticket_id, at, status, reason, actor)
                select t.id, x.at, x.status, x.reason, 'bench' from trouble_ticket t
                cross join lateral (values (t.created_at, 'acknowledged', null),
                    (t.created_at + interval '5 minutes', 'inProgress', null),
                    (case when t.paused_seconds > 0 then t.created_at + interval '20 minutes' end, 'pending', '等待客户'),
                    (case when t.paused_seconds > 0 then t.created_at + interval '50 minutes' end, 'inProgress', null),
                    (t.resolved_at, 'resolved', null), (t.closed_at, 'closed', null)) x(at, status, reason)
                where t.number like 'BK-%' and x.at is not null"""));
        int half = settings.processes() / 2;
        seeded.add(write(db, "resource checks (answered)", """
                insert into service_qualification (number, state, qualification_result, customer_code,
                    customer_name, account_manager_employee_id, service_type, site_address, requester, requested_at,
                    answered_at, process_instance_id)
                select 'BRC-' || lpad(g::text, 6, '0'), 'done', 'qualified', c.customer_code, c.customer_name, c.am_id,
                       c.type, '基准地址', 'bench', requested, requested + interval '1 hour' * (4 + g %% 60),
                       'bench-rc-' || g
                from (select g, timestamptz '%1$s' + interval '365 days' * ((g - 1)::float8 / %2$d) as requested
                      from generate_series(1::bigint, %2$d) g) s
                join bench_circuit c on c.n = 1 + (g * 7) %% %3$d""".formatted(YEAR_START, half, circuits)));
        seeded.add(write(db, "circuit orders (completed)", """
                insert into service_order (number, category, state, customer_code, customer_name,
                    account_manager_employee_id, branch, time_limit, requester, order_date, expected_completion,
                    completion_date, process_instance_id)
                select 'BCO-' || lpad(g::text, 6, '0'), 'intraProvince', 'completed', c.customer_code,
                       c.customer_name, c.am_id, '基准分公司', 'P14D', 'bench', placed, placed + interval '14 days',
                       placed + interval '1 day' * (3 + g %% 14), 'bench-co-' || g
                from (select g, timestamptz '%1$s' + interval '365 days' * ((g - 1)::float8 / %2$d) as placed
                      from generate_series(1::bigint, %2$d) g) s
                join bench_circuit c on c.n = 1 + (g * 11) %% %3$d""".formatted(YEAR_START, half, circuits)));
        // The engine keeps its history in local time (timestamp without zone): the session's zone is this JVM's,
        // the same machine's as Kexiang's.
        seeded.add(write(db, "process instances (the engine's history)", """
                insert into act_hi_procinst (id_, rev_, proc_inst_id_, business_key_, proc_def_id_, start_time_,
                    end_time_, start_act_id_, end_act_id_, tenant_id_)
                select q.process_instance_id, 1, q.process_instance_id, q.number,
                       (select id_ from act_re_procdef where key_ = 'resource-check' order by version_ desc limit 1),
                       q.requested_at::timestamp, q.answered_at::timestamp, 'start', 'answered', ''
                from service_qualification q where q.number like 'BRC-%'
                union all
                select o.process_instance_id, 1, o.process_instance_id, o.number,
                       (select id_ from act_re_procdef where key_ = 'circuit-order' order by version_ desc limit 1),
                       o.order_date::timestamp, o.completion_date::timestamp, 'start', 'completed', ''
                from service_order o where o.number like 'BCO-%'"""));
        seeded.add(write(db, "process steps (three each, one in eight late)", """
                insert into act_hi_taskinst (id_, rev_, proc_def_id_, task_def_key_, proc_inst_id_, execution_id_,
                    name_, assignee_, start_time_, end_time_, due_date_, tenant_id_, last_updated_time_)
                select p.id_ || '-' || k, 1, p.proc_def_id_, 'bench-step-' || k, p.id_, p.id_, '基准步骤 ' || k,
                       'bnoc' || lpad(((k * 7 + length(p.id_)) % 30 + 1)::text, 2, '0'),
                       p.start_time_ + interval '4 hours' * (k - 1),
                       p.start_time_ + interval '4 hours' * k
                           + case when hashtext(p.id_ || k) % 8 = 0 then interval '3 hours' else interval '0' end,
                       p.start_time_ + interval '4 hours' * k + interval '1 hour', '',
                       p.start_time_ + interval '4 hours' * k
                from act_hi_procinst p cross join generate_series(1, 3) k where p.id_ like 'bench-%'"""));
        seeded.add(write(db, "reports owed (operation reports of AAA/AA customers, quarterly reports)", """
                insert into report_delivery (kind, subject, customer_code, customer_name,
                    account_manager_employee_id, period, due_at, delivered_at, delivered_by, created_at)
                select 'operation', g.customer_code || '/' || to_char(m at time zone 'Asia/Shanghai', 'YYYY-MM'),
                       g.customer_code, g.name, p.employee_id, to_char(m at time zone 'Asia/Shanghai', 'YYYY-MM'),
                       m + interval '1 month 7 days',
                       m + interval '1 month' + interval '1 day' * (2 + (g.id + extract(month from m)::int) % 7),
                       'bench', m + interval '1 month'
                from group_customer g left join person p on p.id = g.account_manager_id
                cross join lateral (select (timestamp '2025-01-01' + interval '1 month' * k)
                                           at time zone 'Asia/Shanghai' as m from generate_series(0, 11) k) months
                where g.tier in ('AAA', 'AA')
                union all
                select 'quarterly', q, null, null, null, q, due, due - interval '2 days', 'bench', due - interval '10 days'
                from (values ('2025-Q1', timestamptz '2025-04-11 00:00:00+08'),
                             ('2025-Q2', timestamptz '2025-07-11 00:00:00+08'),
                             ('2025-Q3', timestamptz '2025-10-11 00:00:00+08'),
                             ('2025-Q4', timestamptz '2026-01-11 00:00:00+08')) x(q, due)"""));
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            // As a database in service would be: vacuumed (the visibility map lets index-only scans skip the heap) and
            // analysed; otherwise autovacuum works through two million new rows in the middle of the measurements.
            sql.execute("vacuum analyze");
        }
        seeded.add(new Seeded("vacuum analyze", 0, (System.nanoTime() - started) / 1e9));
    }

    private static Seeded write(Connection db, String what, String statement) throws Exception {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            long rows = sql.executeLargeUpdate(statement);
            Seeded done = new Seeded(what, rows, (System.nanoTime() - started) / 1e9);
            progress(done.toString());
            return done;
        }
    }

    /** What the pages must count for 2025-Q3, counted here by SQL from what was written. */
    private static Map<String, Long> expected(Connection db) throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        String q3 = "between timestamptz '2025-07-01 00:00:00+08' and timestamptz '2025-10-01 00:00:00+08' "
                + "- interval '1 microsecond'";
        expected.put("faultsRestored", count(db, "select count(*) from trouble_ticket where ticket_type = 'fault' "
                + "and number like 'BK-%' and resolved_at " + q3));
        expected.put("faultsRestoredOnTime", count(db, "select count(*) from trouble_ticket where ticket_type = "
                + "'fault' and number like 'BK-%' and resolved_at " + q3 + " and resolved_at <= restoration_due"));
        expected.put("checksAnswered", count(db, "select count(*) from service_qualification where answered_at "
                + q3));
        expected.put("ordersCompleted", count(db, "select count(*) from service_order where completion_date " + q3));
        expected.put("complaints", count(db, "select count(*) from trouble_ticket where ticket_type = 'complaint' "
                + "and created_at " + q3));
        return expected;
    }

    private static long count(Connection db, String query) throws Exception {
        try (PreparedStatement sql = db.prepareStatement(query); ResultSet rows = sql.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String markdown(Result result) {
        Settings settings = result.settings();
        StringBuilder out = new StringBuilder("## KPIs and reports over a year of data\n\n");
        out.append("%,d circuits of %,d customers on %,d elements; 2025: %,d alarms, %,d tickets, %,d process "
                .formatted(settings.circuits(), settings.customers(), settings.elements(), settings.alarms(),
                        settings.tickets(), settings.processes()))
                .append("instances; each page fetched once to warm, then %d times.\n\n".formatted(settings.rounds()));
        out.append("| written | rows | seconds |\n|---|---:|---:|\n");
        for (Seeded seeded : result.seeded()) {
            out.append("| %s | %,d | %.1f |\n".formatted(seeded.what(), seeded.rows(), seeded.seconds()));
        }
        out.append("\n| page (2025-Q3) | status | bytes | first ms | median ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (Timing timing : result.timings()) {
            out.append("| %s `%s` | %d | %,d | %.0f | %.0f | %.0f |\n".formatted(timing.what(), timing.path(),
                    timing.status(), timing.bytes(), timing.first(), timing.median(), timing.max()));
        }
        return out.toString();
    }

    private static void progress(String line) {
        System.out.println(Instant.now() + "  " + line);
    }
}
