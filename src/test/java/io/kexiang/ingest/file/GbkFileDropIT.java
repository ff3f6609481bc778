package io.kexiang.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.KexiangApplication;
import io.kexiang.support.Api;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Most Chinese NMSs write GBK: a drop folder configured for it, with Chinese headers mapped to Kexiang's fields. */
class GbkFileDropIT {

    @Test
    void aGbkExportWithChineseHeadersIsReadThroughTheColumnMapping(@TempDir Path folder) throws Exception {
        Path drop = folder.resolve("drop");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KexiangApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false", "--kexiang.ingest.file-drop.directory=" + drop,
                "--kexiang.ingest.file-drop.charset=GBK", "--kexiang.ingest.file-drop.columns.ne=网元名称",
                "--kexiang.ingest.file-drop.columns.severity=告警级别",
                "--kexiang.ingest.file-drop.columns.specificProblem=告警名称",
                "--kexiang.ingest.file-drop.columns.serial=流水号")) {
            Api admin = Api.at(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")))
                    .as("admin", "admin-test-password");
            String csv = "流水号,网元名称,告警级别,告警名称,备注\nGBK-0001,NK-DDN-01,紧急,E1线路信号丢失,南开长途楼\n";
            Files.createDirectories(drop);
            Path partial = Files.write(folder.resolve("gbk.part"), csv.getBytes(Charset.forName("GBK")));
            Files.move(partial, drop.resolve("export-gbk.csv"), StandardCopyOption.ATOMIC_MOVE);

            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(drop.resolve("done/export-gbk.csv")));
            JsonNode[] event = new JsonNode[1];
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                JsonNode events = new ObjectMapper().readTree(
                        admin.get("/api/v1/events?notification=NMS-FILE::alarm&limit=100").body());
                for (JsonNode candidate : events) {
                    if (candidate.get("decoded").toString().contains("GBK-0001")) {
                        event[0] = candidate;
                    }
                }
                return event[0] != null;
            });

            assertThat(event[0].at("/normalised/specificProblem").asText()).isEqualTo("E1线路信号丢失");
            assertThat(event[0].at("/normalised/perceivedSeverity").asText()).isEqualTo("critical");
            assertThat(event[0].at("/normalised/externalAlarmId").asText()).isEqualTo("GBK-0001");
            assertThat(event[0].at("/decoded/agentAddress").asText()).isEqualTo("NK-DDN-01");
        }
    }
}
