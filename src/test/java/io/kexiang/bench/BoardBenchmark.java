package io.kexiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * The alarm board under load (issue 15): its first page with ten thousand open alarms while traps arrive, and what
 * open boards cost the intake. Kexiang from its jar, as in {@link PipelineBenchmark}; the console used as a browser
 * uses it (a signed-in session, the page, the event stream). {@code bench/run board} runs it at the size;
 * {@code BoardBenchmarkIT} runs it small.
 */
public final class BoardBenchmark {

    /** The filters of the boards held open, in turn: most engineers watch the whole board. */
    /** Between opening the boards (or not) and a burst. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    static final List<String> VIEWS = List.of("", "", "", "", "?tier=AAA", "?tier=AA", "?circuitType=DDN",
            "?circuitType=MPLS_VPN", "?ackState=unacknowledged", "?serviceAffecting=true");

    /**
     * @param pageRate   traps a second while the board's page is fetched
     * @param changeRate alarm changes a second while boards are open
     * @param burst      traps sent at the sender's full speed, to read the intake's throughput with and without boards
     */
    record Settings(int elements, int customers, int circuits, int openRate, int pageRate, int pageSeconds,
                    int boards, int changeRate, int changeSeconds, int burst, int rounds, String heap) {

        static Settings full() {
            return new Settings(500, 2_000, 10_000, 4_000, 5_000, 30, 50, 1_000, 20, 50_000, 4, "1g");
        }

        static Settings quick() {
            return new Settings(500, 2_000, 10_000, 4_000, 5_000, 15, 50, 1_000, 10, 30_000, 3, "1g");
        }

        static Settings smoke() {
            return new Settings(20, 40, 200, 500, 500, 3, 5, 200, 3, 1_000, 1, "512m");
        }
    }

    /** The board's page fetched while traps arrived; milliseconds to the last byte. */
    record PageLatency(long openAlarms, int pageRows, long requests, long failures, double p50, double p95,
                       double p99, double max, double sendRate, double drainSeconds) {
    }

    /** One burst: traps archived a second from the first send to the last commit. */
    /**
     * @param cpuSeconds     the whole machine's (Kexiang, PostgreSQL, the sender, and the boards' own client side,
     *                       which in a NOC runs in the engineers' browsers)
     * @param kexiangSeconds Kexiang's JVM and its PostgreSQL's
     */
    record Burst(boolean boardsOpen, long traps, double seconds, double rate, double cpuSeconds,
                 double kexiangSeconds) {

        /** The machine's CPU a trap took, in microseconds. */
        double cpuMicrosPerTrap() {
            return traps == 0 ? 0 : cpuSeconds * 1e6 / traps;
        }

        /** Kexiang's and its PostgreSQL's CPU a trap took, in microseconds. */
        double kexiangMicrosPerTrap() {
            return traps == 0 ? 0 : kexiangSeconds * 1e6 / traps;
        }
    }

    /**
     * Open boards against none: Kexiang's cores at the same rate of alarm changes, pushes per board, and the bursts'
     * throughput in alternating rounds.
     */
    /** {@code pushCores}: the feed's own time (compare, read, render, send) per second of the run, in cores. */
    record LiveCost(int boards, int views, double coresWithout, double coresWith, double pushCores, long pushes,
                    double pushesPerBoardSecond, double shortestPushGapSeconds, long bytesPerBoard,
                    List<Burst> bursts) {

        double medianRate(boolean boardsOpen) {
            double[] rates = bursts.stream().filter(b -> b.boardsOpen() == boardsOpen).mapToDouble(Burst::rate)
                    .sorted().toArray();
            if (rates.length == 0) {
                return 0;
            }
            int middle = rates.length / 2;
            return rates.length % 2 == 1 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
        }

        /**
         * Each round's cost, its two bursts side by side (the fairer comparison: the JIT and the caches warm up over a
         * run, and the machine's neighbours come and go): the throughput the boards took.
         */
        List<Double> roundCosts() {
            return byRound((with, without) -> 1 - with.rate() / without.rate());
        }

        /**
         * Each round's cost in CPU: the share of a trap's CPU that the boards added (the machine's work, steal not
         * counted, so a neighbour on the VM weighs less than on the wall clock). On a machine the intake saturates,
         * throughput falls by that share.
         */
        List<Double> roundCpuCosts(ToDoubleFunction<Burst> perTrap) {
            return byRound((with, without) -> 1 - perTrap.applyAsDouble(without) / perTrap.applyAsDouble(with));
        }

        /** A figure of each round's burst with boards against its burst without. */
        private List<Double> byRound(ToDoubleBiFunction<Burst, Burst> withAgainstWithout) {
            List<Double> figures = new ArrayList<>();
            for (int i = 0; i + 1 < bursts.size(); i += 2) {
                Burst a = bursts.get(i);
                Burst b = bursts.get(i + 1);
                figures.add(a.boardsOpen() ? withAgainstWithout.applyAsDouble(a, b)
                        : withAgainstWithout.applyAsDouble(b, a));
            }
            return figures;
        }

        double meanRoundCost() {
            return roundCosts().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        /** The share of the intake's throughput the boards took: 0.05 is 5 %. */
        double cost() {
            double without = medianRate(false);
            return without == 0 ? 0 : 1 - medianRate(true) / without;
        }
    }

    record Result(Settings settings, PageLatency page, LiveCost live) {
    }

    private final Path project;
    private final Path work;
    private final Settings settings;
    private final Blaster blaster;

    BoardBenchmark(Path project, Settings settings) {
        this.project = project;
        this.work = project.resolve("target/bench");
        this.settings = settings;
        this.blaster = new Blaster(project.resolve("target/test-classes"));
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Settings chosen = options.contains("--smoke") ? Settings.smoke()
                : options.contains("--quick") ? Settings.quick() : Settings.full();
        // More rounds narrow the mean's interval: a round on a shared 2-core VM varies by ±17 %.
        int rounds = options.stream().filter(o -> o.startsWith("--rounds=")).map(o -> Integer.parseInt(o.substring(
                "--rounds=".length()))).findFirst().orElse(chosen.rounds());
        Settings settings = new Settings(chosen.elements(), chosen.customers(), chosen.circuits(), chosen.openRate(),
                chosen.pageRate(), chosen.pageSeconds(), chosen.boards(), chosen.changeRate(), chosen.changeSeconds(),
                chosen.burst(), rounds, chosen.heap());
        BoardBenchmark benchmark = new BoardBenchmark(Path.of("").toAbsolutePath(), settings);
        Result result = benchmark.run();
        String report = markdown(result);
        System.out.println(report);
        Files.writeString(benchmark.work.resolve("board-report.md"), report);
    }

    Result run() throws Exception {
        Files.createDirectories(work);
        BenchInventory inventory = new BenchInventory(settings.elements(), settings.customers(), settings.circuits(),
                0);
        Path down = BenchInventory.write(work.resolve("plan-down.txt"), inventory.downPlan());
        // Changes in no order, as faults come: the board's first page (the newest alarms) changes as often as the rest.
        List<String> shuffled = new ArrayList<>(inventory.downPlan());
        Collections.shuffle(shuffled, new Random(15));
        Path changes = BenchInventory.write(work.resolve("plan-changes.txt"), shuffled);
        // Every circuit's alarm its own row on the board: no storm folds them under a root here (the pipeline
        // benchmark measures storms). Tickets open at once, so that all are open before anything is measured.
        try (KexiangUnderTest kexiang = KexiangUnderTest.start(PipelineBenchmark.jar(project), work, settings.heap(),
                List.of("--kexiang.alarm.storm-min-interfaces=1000000", "--kexiang.ticket.hold-off=0s",
                        "--kexiang.ingest.snmp.receive-buffer-bytes=" + 32 * 1024 * 1024))) {
            progress("Kexiang is up (pid " + kexiang.pid() + ")");
            kexiang.importCsv("people", inventory.people());
            kexiang.importCsv("network-elements", inventory.networkElements());
            kexiang.importCsv("customers", inventory.customersCsv());
            kexiang.importCsv("circuits", inventory.circuitsCsv());
            Thread.sleep(3_000); // the resolver re-indexes after the import's commit
            send(kexiang, down, settings.circuits(), settings.openRate());
            kexiang.awaitTickets(Duration.ofMinutes(5));
            progress("%,d open alarms, their tickets opened".formatted(openAlarms(kexiang)));
            PageLatency page = pageUnderLoad(kexiang, changes);
            progress(page.toString());
            LiveCost live = liveCost(kexiang, changes);
            progress(live.toString());
            return new Result(settings, page, live);
        }
    }

    /** The board's first page fetched again and again, as one engineer reloading, while traps arrive. */
    private PageLatency pageUnderLoad(KexiangUnderTest kexiang, Path plan) throws Exception {
        ConsoleClient console = ConsoleClient.signIn(kexiang.base(), "admin", kexiang.adminPassword());
        ConsoleClient.Fetched first = console.get("/alarms");
        if (first.status() != 200) {
            throw new IllegalStateException("The board answered " + first.status());
        }
        int pageRows = console.text("/alarms").split("id=\"alarm-", -1).length - 1;
        Metrics before = kexiang.metrics();
        long dropsBefore = UdpSocketStats.drops(kexiang.snmpPort());
        AtomicReference<Blaster.Sent> sent = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread sender = new Thread(() -> {
            try {
                sent.set(blaster.send(kexiang.trapTarget(), plan, (long) settings.pageRate() * settings.pageSeconds(),
                        settings.pageRate()));
            } catch (Exception e) {
                failed.set(e);
            }
        });
        long start = System.nanoTime();
        sender.start();
        List<Double> latencies = new ArrayList<>();
        long failures = 0;
        while (sender.isAlive()) {
            ConsoleClient.Fetched fetched = console.get("/alarms");
            // The sender's JVM takes a moment to start sending: the first second is not under load yet.
            if (System.nanoTime() - start > 1_000_000_000L) {
                if (fetched.status() == 200) {
                    latencies.add(fetched.millis());
                } else {
                    failures++;
                }
            }
            Thread.sleep(100);
        }
        sender.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        long finished = System.nanoTime();
        awaitArchived(kexiang, before, dropsBefore, sent.get().count());
        double drain = (System.nanoTime() - finished) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new PageLatency(openAlarms(kexiang), pageRows, sorted.length, failures, percentile(sorted, 0.5),
                percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                sent.get().rate(), drain);
    }

    private LiveCost liveCost(KexiangUnderTest kexiang, Path plan) throws Exception {
        long changes = (long) settings.changeRate() * settings.changeSeconds();
        CpuUsage idleBefore = CpuUsage.now(kexiang.pid());
        send(kexiang, plan, changes, settings.changeRate());
        double coresWithout = CpuUsage.now(kexiang.pid()).coresSince(idleBefore)[1];

        List<ConsoleClient> engineers = signIn(kexiang);
        List<ConsoleClient.Board> boards = openBoards(engineers);
        if (KexiangUnderTest.statementProfile()) {
            kexiang.resetStatementProfile();
        }
        double pushSecondsBefore = kexiang.metrics().sum("kexiang_console_board_push_seconds_sum");
        CpuUsage boardsBefore = CpuUsage.now(kexiang.pid());
        long windowStart = System.nanoTime();
        send(kexiang, plan, changes, settings.changeRate());
        long windowEnd = System.nanoTime();
        double coresWith = CpuUsage.now(kexiang.pid()).coresSince(boardsBefore)[1];
        double pushSeconds = kexiang.metrics().sum("kexiang_console_board_push_seconds_sum") - pushSecondsBefore;
        long pushes = 0;
        double shortestGap = Double.MAX_VALUE;
        long bytes = 0;
        for (ConsoleClient.Board board : boards) {
            List<Long> times = board.pushes().stream().filter(t -> t >= windowStart && t <= windowEnd + 2e9)
                    .toList();
            pushes += times.size();
            for (int i = 1; i < times.size(); i++) {
                shortestGap = Math.min(shortestGap, (times.get(i) - times.get(i - 1)) / 1e9);
            }
            bytes += board.bytes();
        }
        double seconds = (windowEnd - windowStart) / 1e9;
        if (KexiangUnderTest.statementProfile()) {
            kexiang.writeStatementProfile(work.resolve("board-statements.txt"));
            progress("the statements of the window with boards open: target/bench/board-statements.txt");
        }
        closeBoards(kexiang, plan, boards);

        // Rounds in turn without and with boards, the order swapped every round (A B B A …), so that a drift over
        // the run (the tables growing) weighs on both alike.
        List<Burst> bursts = new ArrayList<>();
        // A round not counted first: the feed's code runs only while boards are open, and its first bursts would
        // measure the JIT compiling it (a tenth of a core in a quick run), not what open boards cost a running node.
        progress("a round not counted:");
        settledBurst(kexiang, plan, engineers, false);
        settledBurst(kexiang, plan, engineers, true);
        for (int round = 0; round < settings.rounds(); round++) {
            for (boolean boardsOpen : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                bursts.add(settledBurst(kexiang, plan, engineers, boardsOpen));
            }
        }
        return new LiveCost(boards.size(), (int) VIEWS.stream().limit(boards.size()).distinct().count(),
                coresWithout, coresWith, pushSeconds / seconds, pushes, pushes / (double) boards.size() / seconds,
                shortestGap == Double.MAX_VALUE ? 0 : shortestGap, bytes / boards.size(), bursts);
    }

    /**
     * A burst with every engineer's board open, or none; either way after the same pause, as long as the boards are
     * given to settle (their first rounds of pushes done): the burst starts on a machine at rest.
     */
    private Burst settledBurst(KexiangUnderTest kexiang, Path plan, List<ConsoleClient> engineers,
            boolean boardsOpen) throws Exception {
        List<ConsoleClient.Board> open = boardsOpen ? openBoards(engineers) : List.of();
        Thread.sleep(SETTLE.toMillis());
        if (!boardsOpen) {
            return burst(kexiang, plan, false);
        }
        Burst burst = kexiang.profiled(work.resolve("board-burst-statements.txt"), () -> burst(kexiang, plan, true));
        closeBoards(kexiang, plan, open);
        return burst;
    }

    private Burst burst(KexiangUnderTest kexiang, Path plan, boolean boardsOpen) throws Exception {
        Metrics before = kexiang.metrics();
        long dropsBefore = UdpSocketStats.drops(kexiang.snmpPort());
        Instant start = Instant.now();
        CpuUsage.Stretch cpu = CpuUsage.start(kexiang.pid());
        Blaster.Sent sent = blaster.send(kexiang.trapTarget(), plan, settings.burst(), 0);
        long archived = awaitArchived(kexiang, before, dropsBefore, sent.count());
        CpuUsage.Stretch.Spent spent = cpu.spent(kexiang.pid());
        double seconds = Duration.between(start, kexiang.lastArchivedCommit(start)).toNanos() / 1e9;
        Burst burst = new Burst(boardsOpen, archived, seconds, archived / seconds, spent.machine(), spent.kexiang());
        progress(burst.toString());
        return burst;
    }

    /**
     * Each board its own session, as each engineer's browser is, signed in once: the boards' cost is what open boards
     * cost, not 50 sign-ins (a password check is meant to be slow) just before a burst.
     */
    private List<ConsoleClient> signIn(KexiangUnderTest kexiang) throws Exception {
        List<ConsoleClient> engineers = new ArrayList<>();
        for (int i = 0; i < settings.boards(); i++) {
            engineers.add(ConsoleClient.signIn(kexiang.base(), "admin", kexiang.adminPassword()));
        }
        return engineers;
    }

    /** Each engineer opens a board; waits until every stream is open. */
    private List<ConsoleClient.Board> openBoards(List<ConsoleClient> engineers) throws Exception {
        List<ConsoleClient.Board> boards = new ArrayList<>();
        for (int i = 0; i < engineers.size(); i++) {
            boards.add(engineers.get(i).openBoard(VIEWS.get(i % VIEWS.size())));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!boards.stream().allMatch(board -> board.ready) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (!boards.stream().allMatch(board -> board.ready)) {
            throw new IllegalStateException("Not every board's stream opened: " + boards.stream()
                    .filter(board -> !board.ready).map(board -> board.query + " " + board.status).toList());
        }
        return boards;
    }

    /**
     * Closes the streams, and waits until Kexiang has let them go: a server learns that a stream was closed when it
     * next writes to it, so a few changes are sent until it has (the keep-alive would tell it within 20 s).
     */
    private void closeBoards(KexiangUnderTest kexiang, Path plan, List<ConsoleClient.Board> boards)
            throws Exception {
        boards.forEach(ConsoleClient.Board::close);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (kexiang.metrics().sum("kexiang_console_boards") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kexiang still holds closed boards open");
            }
            send(kexiang, plan, 200, 1_000);
            Thread.sleep(1_200);
        }
    }

    private void send(KexiangUnderTest kexiang, Path plan, long count, int rate) throws Exception {
        Metrics before = kexiang.metrics();
        long dropsBefore = UdpSocketStats.drops(kexiang.snmpPort());
        Blaster.Sent sent = blaster.send(kexiang.trapTarget(), plan, count, rate);
        awaitArchived(kexiang, before, dropsBefore, sent.count());
    }

    /**
     * Waits until {@code count} traps sent since {@code before} are archived or dropped (by Kexiang's queues or by
     * the kernel, its socket buffer full); answers those archived.
     */
    private static long awaitArchived(KexiangUnderTest kexiang, Metrics before, long kernelDropsBefore, long count)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            Metrics now = kexiang.counters("kexiang_ingest_archived_total", "kexiang_ingest_dropped_total");
            long kernelDrops = UdpSocketStats.drops(kexiang.snmpPort()) - kernelDropsBefore;
            double archived = now.sum("kexiang_ingest_archived_total")
                    - before.sum("kexiang_ingest_archived_total");
            double dropped = now.sum("kexiang_ingest_dropped_total") - before.sum("kexiang_ingest_dropped_total");
            if (archived + dropped + kernelDrops >= count) {
                return Math.round(archived);
            }
            // Seldom enough to cost Kexiang nothing measurable (a filtered scrape still collects every meter): the
            // end is read from the commit timestamps.
            Thread.sleep(250);
        }
        throw new IllegalStateException("Kexiang did not archive " + count + " traps in 3 minutes");
    }

    private static long openAlarms(KexiangUnderTest kexiang) throws Exception {
        try (Connection db = kexiang.database(); Statement sql = db.createStatement()) {
            ResultSet open = sql.executeQuery(
                    "select count(*) from alarm where state <> 'cleared' and parent_alarm_id is null");
            open.next();
            return open.getLong(1);
        }
    }

    static double percentile(double[] sorted, double share) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    static String markdown(Result result) {
        PageLatency page = result.page();
        LiveCost live = result.live();
        StringBuilder text = new StringBuilder("## The alarm board under load\n\n");
        text.append("| Open alarms | Rows on the page | Traps/s meanwhile | Requests | p50 ms | p95 ms | p99 ms | max ms "
                + "| Intake drained after |\n|---|---|---|---|---|---|---|---|---|\n");
        text.append("| %,d | %d | %,.0f | %,d | %.0f | %.0f | %.0f | %.0f | %.1f s |%n".formatted(page.openAlarms(),
                page.pageRows(), page.sendRate(), page.requests(), page.p50(), page.p95(), page.p99(), page.max(),
                page.drainSeconds()));
        text.append("\n| Boards open (views) | Alarm changes/s | Kexiang cores without → with | Pushing, cores "
                + "| Pushes per board a second | Shortest gap between pushes | Sent per board |\n"
                + "|---|---|---|---|---|---|---|\n");
        text.append("| %d (%d) | %,d | %.2f → %.2f | %.3f | %.2f | %.2f s | %,d bytes |%n".formatted(live.boards(),
                live.views(), result.settings().changeRate(), live.coresWithout(), live.coresWith(),
                live.pushCores(), live.pushesPerBoardSecond(), live.shortestPushGapSeconds(), live.bytesPerBoard()));
        text.append("\n| Burst of traps | Boards open | Seconds | Archived/s | Machine CPU a trap, µs "
                + "| Kexiang + PostgreSQL CPU a trap, µs |\n|---|---|---|---|---|---|\n");
        for (Burst burst : live.bursts()) {
            text.append("| %,d | %s | %.1f | %,.0f | %.0f | %.0f |%n".formatted(burst.traps(),
                    burst.boardsOpen() ? live.boards() : "none", burst.seconds(), burst.rate(),
                    burst.cpuMicrosPerTrap(), burst.kexiangMicrosPerTrap()));
        }
        text.append("\nMedian throughput %,.0f/s without boards, %,.0f/s with %d: the boards cost %.1f %%.%n"
                .formatted(live.medianRate(false), live.medianRate(true), live.boards(), 100 * live.cost()));
        text.append("Round by round (its two bursts side by side): %s; mean %s.%n".formatted(
                live.roundCosts().stream().map(cost -> "%.1f %%".formatted(100 * cost)).toList(),
                Spread.of(live.roundCosts())));
        text.append(cpuCosts("the machine's CPU a trap", live.roundCpuCosts(Burst::cpuMicrosPerTrap)));
        text.append(cpuCosts("Kexiang's and PostgreSQL's CPU a trap (the boards' client side, a browser's work, "
                + "left out)", live.roundCpuCosts(Burst::kexiangMicrosPerTrap)));
        return text.toString();
    }

    private static String cpuCosts(String what, List<Double> costs) {
        return "In %s, round by round: %s; mean %s.%n".formatted(what,
                costs.stream().map(cost -> "%.1f %%".formatted(100 * cost)).toList(), Spread.of(costs));
    }

    private static void progress(String line) {
        System.out.println(Instant.now() + "  " + line);
    }
}
