package io.kexiang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The throughput benchmark at a few hundred traps, so that {@code mvn verify} keeps it working: the real jar, a
 * separate sender, snmptrapd in both set-ups. It asserts what must hold at any size (nothing lost at a low rate,
 * every stage accounted for, the storm correlated), not speed: speed is {@code bench/run}'s to report.
 */
class PipelineBenchmarkIT {

    @Test
    void aSmallRunAccountsForEveryTrapAtEveryStage() throws Exception {
        PipelineBenchmark.Settings settings = PipelineBenchmark.Settings.smoke();
        PipelineBenchmark.Result result = new PipelineBenchmark(Path.of("").toAbsolutePath(), settings).run();

        PipelineBenchmark.Storm storm = result.storm();
        assertThat(storm.traps()).isEqualTo(settings.stormCircuits() + 1);
        assertThat(storm.roots()).as("one node failure, one root alarm").isEqualTo(1);
        assertThat(storm.children()).isEqualTo(settings.stormCircuits());
        assertThat(storm.tickets()).as("a ticket per customer of the element").isEqualTo(storm.stormCustomers());
        assertThat(storm.ticketCustomers()).isEqualTo(storm.stormCustomers());

        assertThat(result.warmUp().lossless()).as(result.warmUp().toString()).isTrue();
        assertThat(result.warmUp().ticketsOpened()).as("a ticket per circuit's first fault").isPositive();
        for (PipelineBenchmark.Step step : result.endToEnd()) {
            assertThat(step.lossless()).as(step.toString()).isTrue();
            assertThat(step.decoded()).as("named by the MIBs").isEqualTo(step.sent());
            assertThat(step.normalised()).isEqualTo(step.sent());
            assertThat(step.p50()).isPositive();
            assertThat(step.p99()).isGreaterThanOrEqualTo(step.p50());
        }
        assertThat(result.endToEnd().get(0).alarmEvents()).containsKeys("raised", "reduced", "cleared");
        assertThat(result.sustainRuns()).isNotEmpty().allMatch(PipelineBenchmark.Step::lossless,
                "every long run lossless");
        assertThat(result.burst().received() + result.burst().kernelDrops()).isEqualTo(result.burst().sent());
        assertThat(result.ticketP50()).isPositive();
        assertThat(result.peakHeap()).isPositive();
        assertThat(result.peakRss()).isGreaterThan(result.peakHeap() / 2);

        assertThat(result.receive()).extracting(PipelineBenchmark.ReceiveStep::receiver)
                .containsExactly("Kexiang", "snmptrapd, log to file", "snmptrapd + Perl handler");
        for (PipelineBenchmark.ReceiveStep step : result.receive()) {
            assertThat(step.received()).as(step.receiver()).isPositive();
            assertThat(step.received() + step.kernelDrops()).as(step.receiver()).isEqualTo(step.sent());
        }
        PipelineBenchmark.ReceiveStep kexiang = result.receive().get(0);
        assertThat(kexiang.lossless()).as(kexiang.toString()).isTrue();
        assertThat(kexiang.queueDrops()).as(kexiang.toString()).isZero();
        assertThat(BenchReport.markdown(result)).contains("| Kexiang | 2,000 |", "**Storm**");
    }
}
