package io.kexiang.inventory.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.ResolveQuery;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resolver lookups per second at 1,000 and at 200,000 circuits, side by side, with 20,000 and 100,000 between
 * them to show where the cost levels off. Each index is built by the real loader from PostgreSQL after a real
 * HTTP import, which is timed too. Run with {@code mvn -Pbenchmark verify}.
 */
class ResolverBenchmark extends ApplicationIT {

    private static final int SMALL = 1_000;
    private static final int LARGE = 200_000;
    private static final int QUERIES = 1 << 16;

    @Autowired
    CircuitResolver resolver;
    @Autowired
    MeterRegistry meters;

    private final List<String> report = new ArrayList<>();

    @Test
    void resolverLookupsPerSecondAt1000And200000Circuits() {
        importCsv("people", SyntheticInventory.people());
        importCsv("network-elements", SyntheticInventory.elements());
        importCsv("customers", SyntheticInventory.customers());

        int[] sizes = {SMALL, 20_000, 100_000, LARGE};
        double[][] rates = new double[sizes.length][];
        int imported = 0;
        for (int s = 0; s < sizes.length; s++) {
            timedImport("circuits %,d to %,d (new)".formatted(imported + 1, sizes[s]), imported, sizes[s]);
            imported = sizes[s];
            rates[s] = lookupsPerSecond(sizes[s]);
        }
        timedImport("circuits 1 to 100,000 again (all updates)", 0, 100_000);
        // The same 200,000-circuit index, asked only about 1,000 circuits: if this matches the 1,000-circuit
        // figure, the index's size costs nothing and the rise above is the spread of lookups over memory.
        double[] hotSet = lookupsPerSecond(SMALL);

        print(sizes, rates);
        System.out.printf("%-26s%,14.0f lookups/s, %,.0f ns per lookup%n%n", "200,000 index, 1,000 asked",
                median(hotSet), 1e9 / median(hotSet));
        assertThat(median(rates[sizes.length - 1])).isPositive();
    }

    private void timedImport(String what, int from, int to) {
        String csv = SyntheticInventory.circuits(from, to);
        long start = System.nanoTime();
        importCsv("circuits", csv);
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add("import %-38s %7.1f s  %,10.0f circuits/s".formatted(what, seconds, (to - from) / seconds));
        await().atMost(Duration.ofMinutes(2)).until(() -> resolver.circuitCount() >= to);
        quiesce();
    }

    /** Measure on a quiet machine: no index rebuild still running on the other core, no garbage from the last. */
    private void quiesce() {
        long[] rebuilds = {-1};
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long now = meters.timer("kexiang.resolver.refresh").count();
            boolean settled = now == rebuilds[0];
            rebuilds[0] = now;
            return settled;
        });
        System.gc();
    }

    private void importCsv(String kind, String csv) {
        Response response = admin().postCsv("/api/v1/import/" + kind, csv);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Five measured rounds of two seconds after a two-second warm-up, on one thread. */
    private double[] lookupsPerSecond(int circuits) {
        Random random = new Random(42);
        ResolveQuery[] queries = new ResolveQuery[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            queries[i] = SyntheticInventory.query(random, circuits);
        }
        assertThat(resolver.resolve(queries[0]).size() + resolver.resolve(queries[1]).size()).isGreaterThanOrEqualTo(0);
        run(queries, Duration.ofSeconds(2));
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) {
            rounds[r] = run(queries, Duration.ofSeconds(2));
        }
        return rounds;
    }

    private double run(ResolveQuery[] queries, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        long lookups = 0;
        long found = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 1024; i++) {
                found += resolver.resolve(queries[(int) (lookups++ & (QUERIES - 1))]).size();
            }
        }
        assertThat(found).as("the queries find circuits").isPositive();
        return lookups / ((System.nanoTime() - start) / 1e9);
    }

    private void print(int[] sizes, double[][] rates) {
        double rebuild = meters.timer("kexiang.resolver.refresh").max(TimeUnit.MILLISECONDS);
        System.out.println();
        System.out.println("=== Kexiang resolver benchmark ===");
        System.out.printf("machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        report.forEach(System.out::println);
        System.out.printf("index rebuild from PostgreSQL, slowest: %.0f ms%n", rebuild);
        StringBuilder header = new StringBuilder("%-26s".formatted("circuits in the index"));
        StringBuilder medians = new StringBuilder("%-26s".formatted("lookups/s, median of 5"));
        StringBuilder slowest = new StringBuilder("%-26s".formatted("lookups/s, slowest round"));
        StringBuilder nanos = new StringBuilder("%-26s".formatted("ns per lookup (median)"));
        for (int s = 0; s < sizes.length; s++) {
            header.append("%14s".formatted("%,d".formatted(sizes[s])));
            medians.append("%,14.0f".formatted(median(rates[s])));
            slowest.append("%,14.0f".formatted(min(rates[s])));
            nanos.append("%,14.0f".formatted(1e9 / median(rates[s])));
        }
        System.out.println(header);
        System.out.println(medians);
        System.out.println(slowest);
        System.out.println(nanos);
        System.out.println();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }
}
