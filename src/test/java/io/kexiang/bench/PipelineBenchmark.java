package io.kexiang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole pipeline under load, from a separate sender process to committed rows in PostgreSQL, with net-snmp's
 * snmptrapd on the same traffic as the baseline. {@code bench/run} runs it at the size; the smoke IT runs
 * it small, so that it cannot rot. Prints Markdown tables and writes them to {@code target/bench/report.md}.
 */
public final class PipelineBenchmark {

    /** The run's size and steps. */
    record Settings(int elements, int customers, int circuits, int stormCircuits, int warmUpRate,
                    List<Integer> endToEndRates,
                    int stepSeconds, int sustainSeconds, int latencyRate, int latencySeconds, int burst,
                    List<Integer> receiveRates, int receiveSeconds, Duration drainTimeout, String heap,
                    int receiveBuffer) {

        static Settings full() {
            return new Settings(500, 2_000, 10_000, 2_000, 4_000, List.of(1_000, 2_000, 5_000, 10_000, 15_000, 20_000, 30_000),
                    10, 60, 10_000, 20, 100_000, List.of(10_000, 25_000, 50_000, 75_000, 100_000, 150_000, 0), 5,
                    Duration.ofSeconds(120), "1g", 32 * 1024 * 1024);
        }

        /** The full inventory and one step per phase: a couple of minutes, for profiling a change. */
        static Settings quick() {
            return new Settings(500, 2_000, 10_000, 2_000, 4_000, List.of(5_000), 10, 10, 10_000, 10, 20_000, List.of(0), 5,
                    Duration.ofSeconds(120), "1g", 32 * 1024 * 1024);
        }

        static Settings smoke() {
            return new Settings(20, 40, 200, 50, 500, List.of(500), 2, 2, 500, 1, 2_000, List.of(2_000), 1,
                    Duration.ofSeconds(60), "512m", 4 * 1024 * 1024);
        }
    }

    /** What one step of traffic did at every stage. Latencies in milliseconds, from the sender's clock. */
    record Step(String what, long sent, double sendRate, long received, long refused, long kernelDrops,
                long queueDrops, long archived, long decoded, long normalised, long linked,
                Map<String, Long> alarmEvents, long ticketsOpened, long ticketBacklog, double drainSeconds,
                boolean drained, double p50, double p99, double max, double machineCores, double kexiangCores) {

        boolean lossless() {
            return drained && kernelDrops == 0 && queueDrops == 0 && received == sent && archived == received;
        }

        /**
         * Lossless, and the pipeline kept pace: all of it committed within 2 s of the last send, and no ticket
         * waiting to be opened then either.
         */
        boolean sustained() {
            return lossless() && drainSeconds <= 2 && ticketBacklog == 0;
        }
    }

    record Storm(long traps, long alarms, long roots, long children, long tickets, long ticketCustomers,
                 long stormCustomers, double seconds) {
    }

    /** {@code received}: taken off the socket; {@code queueDrops}: dropped after that, behind the receive stage. */
    record ReceiveStep(String receiver, int offered, long sent, double sendRate, long received, long kernelDrops,
                       long queueDrops) {

        /** The receive stage kept up with the wire: the kernel dropped nothing and everything was taken. */
        boolean lossless() {
            return received == sent && kernelDrops == 0;
        }
    }

    /** {@code sustainRuns}: the long runs, from the best step's rate down until one is sustained. */
    record Result(Settings settings, double importSeconds, Storm storm, Step warmUp, List<Step> endToEnd,
                  List<Step> sustainRuns,
                  Step latency, Step burst, double ticketP50, double ticketP99, long peakHeap, long peakRss,
                  List<ReceiveStep> receive, long kexiangReceiveBuffer, long snmptrapdReceiveBuffer) {

        /** The long run that held, or else the last one tried. */
        Step sustained() {
            return sustainRuns.stream().filter(Step::sustained).findFirst()
                    .orElse(sustainRuns.get(sustainRuns.size() - 1));
        }
    }

    /** How far each further long run lowers the rate, when one falls behind. */
    private static final int SUSTAIN_DECREMENT = 2_500;

    private final Path project;
    private final Path work;
    private final Settings settings;
    private final Blaster blaster;
    /** {@code --hub-listener}: a TMF642 listener subscribed before the traffic, as OSS clients always have one. */
    private boolean hubListener;
    /** {@code --kafka}: cluster mode, one node, on a broker on this machine. */
    private boolean kafka;
    private String hubLine = "";
    private final List<String> log = new ArrayList<>();

    PipelineBenchmark(Path project, Settings settings) {
        this.project = project;
        this.work = project.resolve("target/bench");
        this.settings = settings;
        this.blaster = new Blaster(project.resolve("target/test-classes"));
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Settings settings = options.contains("--smoke") ? Settings.smoke()
                : options.contains("--quick") ? Settings.quick() : Settings.full();
        PipelineBenchmark benchmark = new PipelineBenchmark(Path.of("").toAbsolutePath(), settings);
        benchmark.hubListener = options.contains("--hub-listener");
        benchmark.kafka = options.contains("--kafka");
        if (options.contains("--soak")) {
            int minutes = intOption(options, "--soak-minutes=", 30);
            int rate = intOption(options, "--soak-rate=", 10_000);
            String report = benchmark.soak(minutes, rate);
            System.out.println(report);
            Files.writeString(benchmark.work.resolve("soak-report.md"), report);
            return;
        }
        if (options.contains("--hub-ab")) {
            String report = benchmark.compareHub(intOption(options, "--rounds=", 3));
            System.out.println(report);
            Files.writeString(benchmark.work.resolve("hub-report.md"), report);
            return;
        }
        Result result = benchmark.run();
        String report = BenchReport.markdown(result) + benchmark.hubLine + (benchmark.kafka
                ? "%nCluster mode: one Kexiang node on a Kafka broker (KRaft) running on this machine.%n".formatted()
                : "");
        System.out.println(report);
        Files.writeString(benchmark.work.resolve("report.md"), report);
    }

    Result run() throws Exception {
        BenchInventory inventory = inventory();
        Path steady = work.resolve("plan-steady.txt");
        Path storm = work.resolve("plan-storm.txt");
        Path jar = jar(project);
        List<Step> endToEnd = new ArrayList<>();
        List<ReceiveStep> receive = new ArrayList<>();
        Storm stormResult;
        Step warmUp;
        List<Step> sustainRuns = new ArrayList<>();
        Step latency;
        Step burst;
        double[] ticketLatency;
        long peakRss;
        long kexiangBuffer;
        long peakHeap;
        double importSeconds;
        // The product's defaults but for the hold-off, off here so that send → ticket is measured at all.
        List<String> kexiangSettings = new ArrayList<>(List.of("--kexiang.ticket.hold-off=0s",
                "--kexiang.ingest.snmp.receive-buffer-bytes=" + settings.receiveBuffer()));
        if (hubListener) {
            kexiangSettings.add("--kexiang.hub.allowed-hosts=127.0.0.1");
        }
        BenchKafka broker = kafka ? BenchKafka.start() : null;
        if (broker != null) {
            kexiangSettings.addAll(broker.settings());
        }
        try (BenchKafka brokerToClose = broker; HubListener listener = hubListener ? HubListener.start() : null;
             KexiangUnderTest kexiang = KexiangUnderTest.start(jar, work, settings.heap(), kexiangSettings)) {
            progress("Kexiang is up (pid " + kexiang.pid() + ")");
            long start = System.nanoTime();
            importInventory(kexiang, inventory);
            importSeconds = (System.nanoTime() - start) / 1e9 - 3;
            progress("inventory imported in %.1f s".formatted(importSeconds));
            if (listener != null) {
                listener.subscribe(kexiang);
                progress("a TMF642 hub listener is subscribed to every alarm event");
            }
            kexiangBuffer = UdpSocketStats.receiveBuffer(kexiang.snmpPort());

            stormResult = storm(kexiang, storm, inventory);
            progress("storm: " + stormResult);
            long firstTicket = maxTicketId(kexiang);
            // Once through the traffic before the steps count: every fault raised a first time, its ticket opened.
            List<String> steadyLines = Files.readAllLines(steady);
            warmUp = step(kexiang, "warm-up: the traffic once through, %,d traps/s".formatted(
                    settings.warmUpRate()), steady, steadyLines.size(), settings.warmUpRate());
            progress(warmUp.toString());
            awaitTickets(kexiang);
            for (int rate : settings.endToEndRates()) {
                Step step = step(kexiang, "%,d traps/s for %d s".formatted(rate, settings.stepSeconds()), steady,
                        (long) rate * settings.stepSeconds(), rate);
                endToEnd.add(step);
                progress(step.toString());
                if (!step.sustained()) {
                    break;
                }
            }
            int best = endToEnd.stream().filter(Step::sustained).mapToInt(s -> (int) Math.round(s.sendRate()))
                    .max().orElse(settings.endToEndRates().get(0));
            int bestOffered = settings.endToEndRates().stream().filter(r -> r <= best * 1.05).max(Integer::compare)
                    .orElse(settings.endToEndRates().get(0));
            // A rate a 10 s step carries may still fall behind over a minute (checkpoints, vacuum): then lower.
            for (int rate = bestOffered; rate > 0 && rate >= bestOffered - 2 * SUSTAIN_DECREMENT;
                    rate -= SUSTAIN_DECREMENT) {
                Step run = step(kexiang, "%,d traps/s for %d s".formatted(rate, settings.sustainSeconds()), steady,
                        (long) rate * settings.sustainSeconds(), rate);
                sustainRuns.add(run);
                progress(run.toString());
                if (run.sustained()) {
                    break;
                }
            }
            latency = step(kexiang, "%,d traps/s for %d s".formatted(settings.latencyRate(),
                    settings.latencySeconds()), steady, (long) settings.latencyRate() * settings.latencySeconds(),
                    settings.latencyRate());
            progress(latency.toString());
            burst = step(kexiang, "%,d traps at the sender's full speed".formatted(settings.burst()), steady,
                    settings.burst(), 0);
            progress(burst.toString());
            awaitTickets(kexiang);
            ticketLatency = ticketLatency(kexiang, firstTicket);
            for (int rate : settings.receiveRates()) {
                ReceiveStep step = receiveStep(kexiang, rate, steady);
                receive.add(step);
                progress(step.toString());
            }
            peakRss = UdpSocketStats.peakRss(kexiang.pid());
            if (KexiangUnderTest.statementProfile()) {
                kexiang.writeStatementProfile(work.resolve("statements.txt"));
                progress("statement profile written to target/bench/statements.txt");
            }
            peakHeap = peakHeap(kexiang);
            if (listener != null) {
                hubLine = "%nWith a TMF642 hub listener subscribed to every alarm event: it was sent %,d events.%n"
                        .formatted(listener.events());
            }
        }
        long trapdBuffer = -1;
        if (Snmptrapd.installed()) {
            for (Snmptrapd.Setup setup : Snmptrapd.Setup.values()) {
                try (Snmptrapd trapd = Snmptrapd.start(setup, work, settings.receiveBuffer())) {
                    trapdBuffer = UdpSocketStats.receiveBuffer(trapd.port());
                    for (int rate : settings.receiveRates()) {
                        ReceiveStep step = receiveStep(trapd, setup, rate, steady);
                        receive.add(step);
                        progress(step.toString());
                    }
                }
            }
        } else {
            progress("snmptrapd is not installed (Debian: apt-get install snmptrapd libsnmp-perl): no baseline");
        }
        return new Result(settings, importSeconds, stormResult, warmUp, endToEnd, sustainRuns, latency, burst,
                ticketLatency[0], ticketLatency[1], peakHeap, peakRss, receive, kexiangBuffer, trapdBuffer);
    }

    /** Hub events sent at the busy rate because the intake was behind. */
    private static final String SLOWED = "kexiang_outbox_listener_slowed_total";

    /** Traps in each burst of {@link #compareHub}, about: some seconds of work at the intake's full speed. */
    private static final int HUB_BURST = 50_000;

    /**
     * Issue 18's 10 % rule, as a rate: after the storm and the warm-up (every fault raised once, its ticket open),
     * bursts at the sender's full speed without and with a TMF642 listener subscribed to every alarm event, in turns
     * whose order swaps each round (A B B A …, so that the tables' growth weighs on both alike). A burst's rate is its
     * traps over the time from the first send to the last commit.
     */
    String compareHub(int roundsWanted) throws Exception {
        BenchInventory inventory = inventory();
        Path steady = work.resolve("plan-steady.txt");
        Path storm = work.resolve("plan-storm.txt");
        int rounds = settings.equals(Settings.smoke()) ? 1 : roundsWanted;
        Map<Boolean, List<Double>> rates = new LinkedHashMap<>(Map.of(false, new ArrayList<>(), true,
                new ArrayList<>()));
        StringBuilder bursts = new StringBuilder();
        long sentToListener;
        int burst;
        try (HubListener listener = HubListener.start();
             KexiangUnderTest kexiang = KexiangUnderTest.start(jar(project), work, settings.heap(), List.of(
                     "--kexiang.ticket.hold-off=0s", "--kexiang.hub.allowed-hosts=127.0.0.1",
                     "--kexiang.ingest.snmp.receive-buffer-bytes=" + settings.receiveBuffer()))) {
            progress("Kexiang is up (pid " + kexiang.pid() + ")");
            importInventory(kexiang, inventory);
            progress("storm: " + storm(kexiang, storm, inventory));
            List<String> steadyLines = Files.readAllLines(steady);
            progress(step(kexiang, "warm-up", steady, steadyLines.size(), settings.warmUpRate()).toString());
            awaitTickets(kexiang);
            // Whole passes of the traffic, so that every burst starts from the same alarms and does the same work.
            burst = steadyLines.size() * Math.max(1, Math.round((float) HUB_BURST / steadyLines.size()));
            progress("a burst not counted: " + step(kexiang, "burst", steady, burst, 0));
            awaitTickets(kexiang);
            // And one with a listener, which is then sent all it is owed: the sender's code (HTTP client, Camel route,
            // rendering) runs only with a listener, and paced at 200 events/s a burst's worth is a few hundred calls.
            // Without this, the counted bursts with a listener were still compiling it (1,300-2,100 compilations a
            // burst against 150-550 without; -Xlog:jit+compilation), a fifth of a core. A node with a listener
            // registered sends to it all the time.
            String warming = listener.subscribe(kexiang);
            progress("a burst with a listener not counted: " + step(kexiang, "burst", steady, burst, 0));
            progress("the listener was sent %,d events before the counted bursts".formatted(listener.drained()));
            listener.unsubscribe(kexiang, warming);
            awaitTickets(kexiang);
            for (int round = 0; round < rounds; round++) {
                for (boolean subscribed : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    String subscription = subscribed ? listener.subscribe(kexiang) : null;
                    String what = "burst of %,d%s".formatted(burst, subscribed ? ", listener" : "");
                    double slowedBefore = kexiang.counters(SLOWED).sum(SLOWED);
                    CpuUsage.Stretch cpu = CpuUsage.start(kexiang.pid());
                    Step step = kexiang.profiled(work.resolve(subscribed ? "hub-burst-statements.txt"
                            : "hub-burst-without-statements.txt"), () -> step(kexiang, what, steady, burst, 0));
                    CpuUsage.Stretch.Spent spent = cpu.spent(kexiang.pid());
                    double seconds = step.sent() / step.sendRate() + step.drainSeconds();
                    double rate = step.archived() / seconds;
                    if (subscription != null) {
                        listener.unsubscribe(kexiang, subscription);
                    }
                    rates.get(subscribed).add(rate);
                    progress("%s: %,.0f archived/s, %,.0f listener events sent slowed (%s)".formatted(step.what(),
                            rate, kexiang.counters(SLOWED).sum(SLOWED) - slowedBefore, step));
                    bursts.append("| %d | %s | %,d | %.1f | %,.0f | %.1f | %.1f | %.1f | %s | %s |%n".formatted(
                            round + 1, subscribed ? "subscribed" : "none", step.archived(), seconds, rate,
                            spent.machine(), spent.jvm(), spent.postgres(), alarmTable(kexiang),
                            step.lossless() ? "no loss" : "LOSS"));
                    awaitTickets(kexiang);
                }
            }
            sentToListener = listener.events();
        }
        double without = median(rates.get(false));
        double with = median(rates.get(true));
        // The bursts speed up over a run (the JIT, the caches): each round's two bursts, side by side, are the fairer
        // comparison than the medians.
        List<Double> changes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            changes.add(rates.get(true).get(round) / rates.get(false).get(round) - 1);
        }
        return ("%n**A TMF642 hub listener and the intake's rate** (bursts of %,d traps at the sender's full speed, "
                + "in turns without and with a listener subscribed to every alarm event):%n%n"
                + "| round | listener | archived | seconds | archived/s | CPU s, machine | Kexiang's JVM | PostgreSQL "
                + "| alarm table after: MiB, dead rows, autovacuums so far | |%n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|---|---|%n%s%n"
                + "With the listener, each round against its own burst without: %s; on average %s. "
                + "Median archived/s: without %,.0f, with %,.0f (%+.1f %%). The listener was sent %,d events.%n")
                .formatted(burst, bursts, changes.stream().map(change -> "%+.1f %%".formatted(100 * change)).toList(),
                        Spread.of(changes), without, with, (with / without - 1) * 100,
                        sentToListener);
    }

    private static int intOption(List<String> options, String prefix, int otherwise) {
        return options.stream().filter(o -> o.startsWith(prefix))
                .map(o -> Integer.parseInt(o.substring(prefix.length()))).findFirst().orElse(otherwise);
    }

    /** Tables the intake updates (their size should level off) and appends to (they grow with the traffic). */
    private static final String SIZES = """
            select (select coalesce(sum(pg_total_relation_size(inhrelid)), 0) from pg_inherits
                    where inhparent = 'raw_event'::regclass),
                   pg_total_relation_size('alarm_event') + pg_total_relation_size('alarm_journal'),
                   pg_total_relation_size('alarm'), pg_total_relation_size('ticket_candidate'),
                   pg_total_relation_size('trouble_ticket') + pg_total_relation_size('ticket_alarm'),
                   (select n_dead_tup from pg_stat_user_tables where relname = 'alarm'),
                   (select autovacuum_count from pg_stat_user_tables where relname = 'alarm'),
                   (select count(*) from alarm where state <> 'cleared')""";

    /**
     * The alarm table's size, dead rows and autovacuum passes: its clears and reopens are non-HOT updates, so what
     * autovacuum leaves behind between its passes weighs on every later burst.
     */
    private static String alarmTable(KexiangUnderTest kexiang) throws SQLException {
        try (Connection db = kexiang.database(); Statement sql = db.createStatement();
             ResultSet size = sql.executeQuery(SIZES)) {
            size.next();
            return "%.1f, %,d, %d".formatted(size.getLong(3) / 1048576.0, size.getLong(6), size.getLong(7));
        }
    }

    /**
     * Issue 18's soak: after the storm and the warm-up, {@code minutes} steps of a minute each at {@code rate}; after
     * each, its latency and loss, the heap after the latest collections, and the tables' sizes (the alarm table
     * should level off once autovacuum keeps up; the archive and the alarms' event rows grow with the traffic).
     */
    String soak(int minutes, int rate) throws Exception {
        BenchInventory inventory = inventory();
        Path steady = work.resolve("plan-steady.txt");
        Path storm = work.resolve("plan-storm.txt");
        StringBuilder rows = new StringBuilder();
        long lost = 0;
        int behind = 0;
        try (KexiangUnderTest kexiang = KexiangUnderTest.start(jar(project), work, settings.heap(), List.of(
                "--kexiang.ticket.hold-off=0s", "--kexiang.ingest.snmp.receive-buffer-bytes="
                        + settings.receiveBuffer()))) {
            progress("Kexiang is up (pid " + kexiang.pid() + ")");
            importInventory(kexiang, inventory);
            progress("storm: " + storm(kexiang, storm, inventory));
            progress(step(kexiang, "warm-up", steady, Files.readAllLines(steady).size(), settings.warmUpRate())
                    .toString());
            awaitTickets(kexiang);
            for (int minute = 1; minute <= minutes; minute++) {
                Step step = step(kexiang, "minute " + minute, steady, rate * 60L, rate);
                lost += step.sent() - step.archived();
                behind += step.sustained() ? 0 : 1;
                try (Connection db = kexiang.database(); Statement sql = db.createStatement();
                     ResultSet size = sql.executeQuery(SIZES)) {
                    size.next();
                    String row = ("| %d | %,.0f | %,d | %.1f | %,.0f | %,.0f | %d | %s | %,.1f | %,.1f | %,.1f "
                            + "| %,.1f | %,d | %d | %,d |").formatted(minute, step.sendRate(),
                                    step.sent() - step.archived(), step.drainSeconds(),
                                    step.p50(), step.p99(), heapAfterCollections(kexiang) >> 20,
                                    "%.2f / %.2f".formatted(step.machineCores(), step.kexiangCores()),
                                    size.getLong(1) / 1048576.0, size.getLong(2) / 1048576.0,
                                    size.getLong(3) / 1048576.0, size.getLong(4) / 1048576.0, size.getLong(6),
                                    size.getLong(7), size.getLong(8));
                    rows.append(row).append('\n');
                    progress(row);
                }
            }
        }
        return ("%n**Soak**: %,d traps/s for %d minutes (steps of a minute; a second or two between them while each "
                + "is read back), after the storm and the warm-up. Lost: %,d. Minutes not drained within 2 s: %d.%n%n"
                + "| minute | sent/s | lost | drained after s | p50 ms | p99 ms | heap after GC MiB | cores all / JVM "
                + "| raw archive MiB | alarm events + journal MiB | alarm MiB | ticket candidates MiB "
                + "| alarm dead rows | alarm autovacuums | open alarms |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|%n%s")
                .formatted(rate, minutes, lost, behind, rows);
    }

    /** The smallest heap left by the latest five collections, from the GC log. */
    private static long heapAfterCollections(KexiangUnderTest kexiang) throws IOException {
        Matcher collection = Pattern.compile("\\d+M->(\\d+)M\\(\\d+M\\)")
                .matcher(Files.readString(kexiang.gcLog()));
        List<Long> after = new ArrayList<>();
        while (collection.find()) {
            after.add(Long.parseLong(collection.group(1)) << 20);
        }
        return after.subList(Math.max(0, after.size() - 5), after.size()).stream().mapToLong(Long::longValue).min()
                .orElse(0);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The run's inventory, and its traffic written to plan-steady.txt and plan-storm.txt in the work folder. */
    private BenchInventory inventory() throws IOException {
        Files.createDirectories(work);
        BenchInventory inventory = new BenchInventory(settings.elements(), settings.customers(), settings.circuits(),
                settings.stormCircuits());
        BenchInventory.write(work.resolve("plan-steady.txt"), inventory.steadyPlan());
        BenchInventory.write(work.resolve("plan-storm.txt"), inventory.stormPlan());
        return inventory;
    }

    private void importInventory(KexiangUnderTest kexiang, BenchInventory inventory) throws Exception {
        kexiang.importCsv("people", inventory.people());
        kexiang.importCsv("network-elements", inventory.networkElements());
        kexiang.importCsv("customers", inventory.customersCsv());
        kexiang.importCsv("circuits", inventory.circuitsCsv());
        Thread.sleep(3_000); // the resolver re-indexes after the import's commit
    }

    private Storm storm(KexiangUnderTest kexiang, Path plan, BenchInventory inventory) throws Exception {
        long tickets = maxTicketId(kexiang);
        int traps = settings.stormCircuits() + 1;
        long start = System.nanoTime();
        Step step = step(kexiang, "storm", plan, traps, 0);
        awaitTicketsAfter(kexiang, tickets, inventory.stormCustomers().size());
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection db = kexiang.database(); Statement sql = db.createStatement()) {
            ResultSet alarms = sql.executeQuery("select count(*), count(*) filter (where is_root_cause), "
                    + "count(*) filter (where parent_alarm_id is not null) from alarm where network_element = '"
                    + BenchInventory.element(0) + "'");
            alarms.next();
            ResultSet opened = db.createStatement().executeQuery("select count(*), count(distinct customer_code) "
                    + "from trouble_ticket where id > " + tickets);
            opened.next();
            return new Storm(step.sent(), alarms.getLong(1), alarms.getLong(2), alarms.getLong(3), opened.getLong(1),
                    opened.getLong(2), inventory.stormCustomers().size(), seconds);
        }
    }

    /** Sends, waits until everything received is committed (or the drain timeout), and reads every stage. */
    private Step step(KexiangUnderTest kexiang, String what, Path plan, long count, double rate) throws Exception {
        Metrics before = kexiang.metrics();
        long dropsBefore = UdpSocketStats.drops(kexiang.snmpPort());
        long lastEvent = lastEventId(kexiang);
        CpuUsage cpuBefore = CpuUsage.now(kexiang.pid());
        Instant started = Instant.now();
        Blaster.Sent sent = blaster.send(kexiang.trapTarget(), plan, count, rate);
        Instant sendEnded = Instant.now();
        long finished = System.nanoTime();
        long deadline = finished + settings.drainTimeout().toNanos();
        boolean drained = false;
        Metrics after = before;
        long kernelDrops = 0;
        while (System.nanoTime() < deadline) {
            after = kexiang.counters("kexiang_ingest_received_total", "kexiang_ingest_dropped_total",
                    "kexiang_ingest_archived_total");
            kernelDrops = UdpSocketStats.drops(kexiang.snmpPort()) - dropsBefore;
            double received = delta(before, after, "kexiang_ingest_received_total");
            // Dropped before decoding (the datagram queue) is never counted as received; after it, it is.
            double datagramDrops = delta(before, after, "kexiang_ingest_dropped_total",
                    "reason=\"datagram_queue_full\"");
            double queueDrops = delta(before, after, "kexiang_ingest_dropped_total") - datagramDrops;
            double archived = delta(before, after, "kexiang_ingest_archived_total");
            if (received + datagramDrops + kernelDrops >= sent.count() && archived >= received - queueDrops) {
                drained = true;
                break;
            }
            // Seldom enough to cost Kexiang nothing measurable (a filtered scrape still collects every meter): the
            // end is read from the commit timestamps.
            Thread.sleep(250);
        }
        double drainSeconds = drained ? Math.max(0, Duration.between(sendEnded,
                kexiang.lastArchivedCommit(started)).toNanos() / 1e9) : (System.nanoTime() - finished) / 1e9;
        after = kexiang.metrics();
        // Tickets are the pipeline's last stage: those due by then count as kept up with if opened within the same
        // 2 s of the last send (and one opening scan).
        long ticketBacklog = kexiang.ticketBacklog(Duration.ofMillis(Math.max(300,
                2_000 - (System.nanoTime() - finished) / 1_000_000)));
        double[] cores = CpuUsage.now(kexiang.pid()).coresSince(cpuBefore);
        Map<String, Long> alarmEvents = new LinkedHashMap<>();
        Map<String, Double> eventsBefore = before.byLabel("kexiang_alarm_events_total", "outcome");
        after.byLabel("kexiang_alarm_events_total", "outcome").forEach((outcome, value) -> {
            long change = Math.round(value - eventsBefore.getOrDefault(outcome, 0.0));
            if (change > 0) {
                alarmEvents.put(outcome, change);
            }
        });
        long[] stages = stages(kexiang, lastEvent);
        return new Step(what, sent.count(), sent.rate(),
                Math.round(delta(before, after, "kexiang_ingest_received_total")),
                Math.round(delta(before, after, "kexiang_ingest_received_total") - delta(before, after,
                        "kexiang_ingest_received_total", "outcome=\"accepted\"")),
                kernelDrops, Math.round(delta(before, after, "kexiang_ingest_dropped_total")),
                Math.round(delta(before, after, "kexiang_ingest_archived_total")), stages[0], stages[1],
                Math.round(delta(before, after, "kexiang_alarm_linked_total", "linked=\"true\"")), alarmEvents,
                Math.round(delta(before, after, "kexiang_ticket_opened_total")), ticketBacklog, drainSeconds, drained,
                stages[2] / 1000.0, stages[3] / 1000.0, stages[4] / 1000.0, cores[0], cores[1]);
    }

    /**
     * The receive stage of Kexiang: what the kernel dropped because the listen thread fell behind the wire, and what
     * Kexiang's queues dropped because the pipeline behind them is slower (the backlog of earlier steps included).
     */
    private ReceiveStep receiveStep(KexiangUnderTest kexiang, int rate, Path plan) throws Exception {
        Metrics before = kexiang.metrics();
        long dropsBefore = UdpSocketStats.drops(kexiang.snmpPort());
        long count = rate == 0 ? settings.burst() : (long) rate * settings.receiveSeconds();
        Blaster.Sent sent = blaster.send(kexiang.trapTarget(), plan, count, rate);
        Thread.sleep(1_000); // the listen thread empties the socket buffer in well under this
        long drops = UdpSocketStats.drops(kexiang.snmpPort()) - dropsBefore;
        long queueDrops = Math.round(delta(before, kexiang.metrics(), "kexiang_ingest_dropped_total"));
        return new ReceiveStep("Kexiang", rate, sent.count(), sent.rate(), sent.count() - drops, drops, queueDrops);
    }

    private ReceiveStep receiveStep(Snmptrapd trapd, Snmptrapd.Setup setup, int rate, Path plan) throws Exception {
        long before = trapd.received();
        long dropsBefore = UdpSocketStats.drops(trapd.port());
        long count = rate == 0 ? settings.burst() : (long) rate * settings.receiveSeconds();
        Blaster.Sent sent = blaster.send(trapd.target(), plan, count, rate);
        long received = 0;
        long drops = 0;
        long last = -1;
        long stableSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            received = trapd.received() - before;
            drops = UdpSocketStats.drops(trapd.port()) - dropsBefore;
            if (received + drops >= sent.count()) {
                break;
            }
            if (received != last) {
                last = received;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(3).toNanos()) {
                break; // nothing more is coming: stdio buffers are flushed well within this
            }
            Thread.sleep(100);
        }
        String name = setup == Snmptrapd.Setup.LOGGING ? "snmptrapd, log to file" : "snmptrapd + Perl handler";
        return new ReceiveStep(name, rate, sent.count(), sent.rate(), received, drops, 0);
    }

    /** Decoded, normalised, and the send → commit latencies of events after {@code lastEvent}, in microseconds. */
    private static long[] stages(KexiangUnderTest kexiang, long lastEvent) throws SQLException {
        try (Connection db = kexiang.database(); Statement sql = db.createStatement()) {
            ResultSet counts = sql.executeQuery("select count(*) filter (where notification like '%::%'), "
                    + "count(*) filter (where family is not null) from raw_event where id > " + lastEvent);
            counts.next();
            long decoded = counts.getLong(1);
            long normalised = counts.getLong(2);
            ResultSet latency = sql.executeQuery("""
                    select coalesce(percentile_cont(0.5) within group (order by micros), 0),
                           coalesce(percentile_cont(0.99) within group (order by micros), 0),
                           coalesce(max(micros), 0)
                    from (select extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000000
                                 - (jsonb_path_query_first(decoded::jsonb,
                                       '$.varbinds[*] ? (@.oid == "%s").value') #>> '{}')::numeric as micros
                          from raw_event where id > %d) sent
                    where micros is not null""".formatted(BerTrap.SENT_AT_OID, lastEvent));
            latency.next();
            return new long[] {decoded, normalised, latency.getLong(1), latency.getLong(2), latency.getLong(3)};
        }
    }

    /**
     * p50 and p99 in ms from the first trap of the fault to its ticket, for tickets after {@code afterTicket}. A
     * ticket's fault is its alarms and their children: a root the pipeline raises itself (many interfaces of one
     * element down at once) has no trap of its own, and children raised after the ticket would make it look older
     * than its traps.
     */
    private static double[] ticketLatency(KexiangUnderTest kexiang, long afterTicket) throws SQLException {
        try (Connection db = kexiang.database(); Statement sql = db.createStatement()) {
            ResultSet latency = sql.executeQuery("""
                    with fault as (
                        select ta.ticket_id, ta.alarm_id from ticket_alarm ta where ta.ticket_id > %1$d
                        union
                        select ta.ticket_id, child.id from ticket_alarm ta
                        join alarm child on child.parent_alarm_id = ta.alarm_id where ta.ticket_id > %1$d),
                    first_event as (
                        select f.ticket_id, min(ae.raw_event_id) as raw_event_id
                        from fault f join alarm_event ae on ae.alarm_id = f.alarm_id group by f.ticket_id)
                    select coalesce(percentile_cont(0.5) within group (order by micros), 0),
                           coalesce(percentile_cont(0.99) within group (order by micros), 0)
                    from (select extract(epoch from t.created_at) * 1000000
                                 - (jsonb_path_query_first(r.decoded::jsonb,
                                       '$.varbinds[*] ? (@.oid == "%2$s").value') #>> '{}')::numeric as micros
                          from first_event f join trouble_ticket t on t.id = f.ticket_id
                          join raw_event r on r.id = f.raw_event_id) opened
                    where micros is not null""".formatted(afterTicket, BerTrap.SENT_AT_OID));
            latency.next();
            return new double[] {latency.getDouble(1) / 1000, latency.getDouble(2) / 1000};
        }
    }

    private void awaitTickets(KexiangUnderTest kexiang) throws Exception {
        kexiang.awaitTickets(settings.drainTimeout());
    }

    /** Until {@code expected} tickets after {@code afterTicket} have committed; fails if not within the drain time. */
    private void awaitTicketsAfter(KexiangUnderTest kexiang, long afterTicket, long expected) throws Exception {
        long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
        long opened;
        while ((opened = single(kexiang, "select count(*) from trouble_ticket where id > " + afterTicket))
                < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only %,d of the storm's %,d tickets after %s".formatted(opened,
                        expected, settings.drainTimeout()));
            }
            Thread.sleep(20);
        }
    }

    private static long lastEventId(KexiangUnderTest kexiang) throws SQLException {
        return single(kexiang, "select case when is_called then last_value else 0 end from raw_event_id_seq");
    }

    private static long maxTicketId(KexiangUnderTest kexiang) throws SQLException {
        return single(kexiang, "select coalesce(max(id), 0) from trouble_ticket");
    }

    private static long single(KexiangUnderTest kexiang, String query) throws SQLException {
        try (Connection db = kexiang.database(); Statement sql = db.createStatement()) {
            ResultSet row = sql.executeQuery(query);
            row.next();
            return row.getLong(1);
        }
    }

    private static double delta(Metrics before, Metrics after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    /**
     * The most heap Kexiang used: what the garbage collector found just before its busiest collection, from its log
     * (sampling over HTTP would have cost a BCrypt check a scrape, and missed the peaks), or the heap in use now.
     */
    private static long peakHeap(KexiangUnderTest kexiang) throws IOException {
        long peak = Math.round(kexiang.metrics().sum("jvm_memory_used_bytes", "area=\"heap\""));
        Matcher collection = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)").matcher(Files.readString(kexiang.gcLog()));
        while (collection.find()) {
            peak = Math.max(peak, Long.parseLong(collection.group(1)) << 20);
        }
        return peak;
    }

    static Path jar(Path project) throws Exception {
        try (var jars = Files.list(project.resolve("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("kexiang-.*\\.jar")
                    && !p.getFileName().toString().endsWith("-original.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/kexiang-*.jar: run mvn package first"));
        }
    }

    private void progress(String line) {
        String stamped = Instant.now() + "  " + line;
        log.add(stamped);
        System.out.println(stamped);
    }
}
