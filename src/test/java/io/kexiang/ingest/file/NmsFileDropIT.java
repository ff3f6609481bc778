package io.kexiang.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.ApplicationIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The nms-file-drop route from routes/, with real files in a real folder. */
class NmsFileDropIT extends ApplicationIT {

    private static final Path DROP = Path.of("target/test-drop");

    /** Written beside the folder and moved in, as an NMS's transfer should. */
    private static void drop(String name, String csv) throws IOException {
        Files.createDirectories(DROP);
        Path partial = Files.writeString(DROP.getParent().resolve(name + ".part"), csv, StandardCharsets.UTF_8);
        Files.move(partial, DROP.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private JsonNode eventWithSerial(String serial) {
        for (JsonNode event : admin().get("/api/v1/events?notification=NMS-FILE::alarm&limit=100").json()) {
            if (event.get("decoded").toString().contains(serial)) {
                return event;
            }
        }
        return null;
    }

    @Test
    void anNmsExportBecomesNormalisedEventsAndMovesToDone() throws IOException {
        String serial = unique("CSN");
        String name = serial + ".csv";
        drop(name, """
                ne,severity,serial,probableCause,specificProblem,object,ifName
                HX-FR-STDX-01,重要,%1$s-1,LOS,输入信号丢失,Slot1/Port0,Serial1/0/0
                TJ-NK-DDN01,清除,%1$s-2,AIS,告警指示信号,E1-1/2,
                """.formatted(serial));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(DROP.resolve("done").resolve(name)));
        await().atMost(Duration.ofSeconds(15)).until(() -> eventWithSerial(serial + "-2") != null);

        JsonNode raised = eventWithSerial(serial + "-1");
        assertThat(raised.get("transport").asText()).isEqualTo("file");
        assertThat(raised.at("/normalised/perceivedSeverity").asText()).isEqualTo("major");
        assertThat(raised.at("/normalised/specificProblem").asText()).isEqualTo("输入信号丢失");
        assertThat(raised.at("/normalised/resource/ifName").asText()).isEqualTo("Serial1/0/0");
        assertThat(raised.at("/normalised/externalAlarmId").asText()).isEqualTo(serial + "-1");
        assertThat(raised.at("/decoded/agentAddress").asText()).isEqualTo("HX-FR-STDX-01");
        assertThat(eventWithSerial(serial + "-2").at("/normalised/perceivedSeverity").asText()).isEqualTo("cleared");
    }

    @Test
    void aFileWithABadRowIsRefusedWholeWithAReportAndTakesNothing() throws IOException {
        String serial = unique("BAD");
        String name = serial + ".csv";
        drop(name, """
                ne,severity,serial
                HX-FR-STDX-01,重要,%1$s-1
                ,重要,%1$s-2
                """.formatted(serial));

        Path report = DROP.resolve("error").resolve(name + ".report.txt");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(DROP.resolve("error").resolve(name)));

        assertThat(Files.readString(report)).contains("第 3 行，ne 列：必填");
        assertThat(eventWithSerial(serial + "-1")).isNull();
    }
}
