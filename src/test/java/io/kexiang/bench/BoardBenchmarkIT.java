package io.kexiang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The board benchmark small, so that {@code mvn verify} keeps it working. It asserts what holds at any size (every
 * page served, every open alarm on the board, pushes coalesced to one a second at most, nothing lost), not speed:
 * speed is {@code bench/run board}'s to report.
 */
class BoardBenchmarkIT {

    @Test
    void openBoardsAreServedAndSentCoalescedUpdatesWhileTrapsArrive() throws Exception {
        BoardBenchmark.Settings settings = BoardBenchmark.Settings.smoke();
        BoardBenchmark.Result result = new BoardBenchmark(Path.of("").toAbsolutePath(), settings).run();

        BoardBenchmark.PageLatency page = result.page();
        assertThat(page.openAlarms()).as("a row per circuit down").isEqualTo(settings.circuits());
        assertThat(page.pageRows()).as("the board's first page").isEqualTo(100);
        assertThat(page.requests()).isPositive();
        assertThat(page.failures()).isZero();
        assertThat(page.p95()).isPositive().isGreaterThanOrEqualTo(page.p50());

        BoardBenchmark.LiveCost live = result.live();
        assertThat(live.boards()).isEqualTo(settings.boards());
        assertThat(live.pushes()).as("open boards are sent the changes").isPositive();
        assertThat(live.shortestPushGapSeconds()).as("one push a second at most").isGreaterThan(0.9);
        assertThat(live.bursts()).hasSize(2 * settings.rounds())
                .allSatisfy(burst -> assertThat(burst.traps()).isEqualTo(settings.burst()));
        assertThat(BoardBenchmark.markdown(result)).contains("## The alarm board under load", "| 200 | 100 |");
    }
}
