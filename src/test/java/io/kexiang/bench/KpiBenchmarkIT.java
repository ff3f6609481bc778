package io.kexiang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The KPI benchmark small, so that {@code mvn verify} keeps it working: every page served, and the quarter's
 * figures as the API counts them equal to what SQL counts in the rows the benchmark wrote — the data it measures
 * is data the KPIs read. Speed is {@code bench/run kpi}'s to report.
 */
class KpiBenchmarkIT {

    @Test
    void aYearOfDataIsCountedByTheKpisAndTheQuarterlyReportAsWritten() throws Exception {
        KpiBenchmark.Result result = new KpiBenchmark(Path.of("").toAbsolutePath(), KpiBenchmark.Settings.smoke())
                .run();

        assertThat(result.timings()).hasSize(11).allSatisfy(timing -> {
            assertThat(timing.status()).as(timing.path()).isEqualTo(200);
            assertThat(timing.bytes()).as(timing.path()).isPositive();
        });
        ObjectMapper json = new ObjectMapper();
        JsonNode quarterly = json.readTree(result.answers().get("quarterly"));
        assertThat(result.expected().get("faultsRestored")).isPositive();
        assertThat(quarterly.get("faultsRestored").asLong()).isEqualTo(result.expected().get("faultsRestored"));
        assertThat(quarterly.get("checksAnswered").asLong()).isEqualTo(result.expected().get("checksAnswered"));
        assertThat(quarterly.get("ordersCompleted").asLong()).isEqualTo(result.expected().get("ordersCompleted"));
        assertThat(quarterly.get("complaints").asLong()).isEqualTo(result.expected().get("complaints"));
        JsonNode restoration = null;
        for (JsonNode figure : json.readTree(result.answers().get("kpis"))) {
            if (figure.at("/definition/code").asText().equals("fault-restoration-on-time")) {
                restoration = figure;
            }
        }
        assertThat(restoration.get("counted").asLong()).isEqualTo(result.expected().get("faultsRestored"));
        assertThat(restoration.get("met").asLong()).isEqualTo(result.expected().get("faultsRestoredOnTime"));
        assertThat(KpiBenchmark.markdown(result)).contains("## KPIs and reports over a year of data",
                "| KPI dashboard (console) `/kpis?period=2025-Q3` | 200 |");
    }
}
