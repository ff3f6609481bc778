package io.kexiang.mib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.KexiangApplication;
import io.kexiang.ingest.TrapPorts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The MIB folder as operators use it, on a copy of mibs/ so that the tests never touch the checkout. */
class MibApiIT {

    private static final String VENDOR_TRAP = "1.3.6.1.4.1.99999.1.0.1";
    private static final String VENDOR_MIB = """
            KEXIANG-TEST-MIB DEFINITIONS ::= BEGIN
            IMPORTS MODULE-IDENTITY, NOTIFICATION-TYPE, enterprises FROM SNMPv2-SMI;
            kexiangTest MODULE-IDENTITY
                LAST-UPDATED "202611250000Z"
                ORGANIZATION "Kexiang"
                CONTACT-INFO "noc@tj.example.com"
                DESCRIPTION "A vendor MIB that arrives after start-up."
                ::= { enterprises 99999 1 }
            kexiangTestNotifications OBJECT IDENTIFIER ::= { kexiangTest 0 }
            kexiangPowerFail NOTIFICATION-TYPE
                STATUS current
                DESCRIPTION "Power failed."
                ::= { kexiangTestNotifications 1 }
            END
            """;

    /** Its own module, for the end-to-end test with real traps: a notification and an enumerated object. */
    private static final String DROPPED_TRAP = "1.3.6.1.4.1.99999.5.0.1";
    private static final String DROPPED_MIB = """
            KEXIANG-DROP-MIB DEFINITIONS ::= BEGIN
            IMPORTS MODULE-IDENTITY, NOTIFICATION-TYPE, OBJECT-TYPE, enterprises FROM SNMPv2-SMI;
            kexiangDrop MODULE-IDENTITY
                LAST-UPDATED "202611250000Z"
                ORGANIZATION "Kexiang"
                CONTACT-INFO "noc@tj.example.com"
                DESCRIPTION "A vendor MIB dropped into the folder while Kexiang runs."
                ::= { enterprises 99999 5 }
            kexiangDropNotifications OBJECT IDENTIFIER ::= { kexiangDrop 0 }
            kexiangDropObjects OBJECT IDENTIFIER ::= { kexiangDrop 1 }
            kexiangPowerFeed OBJECT-TYPE
                SYNTAX INTEGER { mains(1), battery(2) }
                MAX-ACCESS accessible-for-notify
                STATUS current
                DESCRIPTION "The feed that failed."
                ::= { kexiangDropObjects 1 }
            kexiangDropPowerFail NOTIFICATION-TYPE
                OBJECTS { kexiangPowerFeed }
                STATUS current
                DESCRIPTION "A power feed failed."
                ::= { kexiangDropNotifications 1 }
            END
            """;

    @TempDir
    static Path folder;
    static Path mibs;
    static ConfigurableApplicationContext app;
    static RestClient admin;

    @BeforeAll
    static void start() throws IOException {
        mibs = folder.resolve("mibs");
        Files.createDirectories(mibs);
        try (var files = Files.list(Path.of("mibs"))) {
            for (Path file : files.toList()) {
                Files.copy(file, mibs.resolve(file.getFileName()));
            }
        }
        app = new SpringApplicationBuilder(KexiangApplication.class).run("--server.port=0",
                "--spring.jmx.enabled=false", "--kexiang.mib.directory=" + mibs,
                "--kexiang.ingest.file-drop.directory=" + folder.resolve("drop"));
        String credentials = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes());
        admin = RestClient.builder().baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .defaultHeader("Authorization", "Basic " + credentials).build();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static int upload(String name, String text) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return admin.post().uri("/api/v1/mibs").contentType(MediaType.MULTIPART_FORM_DATA).body(body)
                .exchange((req, res) -> res.getStatusCode().value());
    }

    @Test
    void theShippedModulesAreCompiledAtStartUp() {
        String report = admin.get().uri("/api/v1/mibs").retrieve().body(String.class);

        assertThat(report).contains("\"IF-MIB\"", "\"IMAP_NORTHBOUND_MIB-V1\"", "\"problems\":[]");
    }

    @Test
    void aMibDroppedIntoTheFolderAndReloadedNamesATrapItDidNotBefore() throws IOException {
        MibRegistry registry = app.getBean(MibRegistry.class);
        assertThat(registry.notification(VENDOR_TRAP)).isEmpty();

        Files.writeString(mibs.resolve("KEXIANG-TEST-MIB"), VENDOR_MIB);
        admin.post().uri("/api/v1/mibs/reload").retrieve().toBodilessEntity();

        assertThat(registry.notification(VENDOR_TRAP).map(MibSymbol::qualifiedName))
                .contains("KEXIANG-TEST-MIB::kexiangPowerFail");
    }

    @Test
    void aRealTrapUndecodableBeforeADroppedMibIsReloadedIsNamedAfterwardsWithoutARestart() throws Exception {
        int port = app.getBean(TrapPorts.class).udpPort();
        snmptrap(port, 1);
        JsonNode before = awaitEvent("notification=" + DROPPED_TRAP);
        assertThat(before.get("notification").asText()).isEqualTo(DROPPED_TRAP);
        assertThat(before.get("decoded").toString()).doesNotContain("kexiangPowerFeed");

        Files.writeString(mibs.resolve("KEXIANG-DROP-MIB.my"), DROPPED_MIB.replace("\n", "\r\n"));
        admin.post().uri("/api/v1/mibs/reload").retrieve().toBodilessEntity();
        snmptrap(port, 2);

        JsonNode after = awaitEvent("notification=KEXIANG-DROP-MIB::kexiangDropPowerFail");
        assertThat(after.get("decoded").toString()).contains("\"name\":\"kexiangPowerFeed\"", "\"label\":\"battery\"");
    }

    private static void snmptrap(int port, int feed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public", "127.0.0.1:" + port, "",
                DROPPED_TRAP, "1.3.6.1.4.1.99999.5.1.1.0", "i", String.valueOf(feed)).redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
    }

    private static JsonNode awaitEvent(String query) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode events = new ObjectMapper().readTree(admin.get().uri("/api/v1/events?" + query)
                    .retrieve().body(String.class));
            found[0] = events.isEmpty() ? null : events.get(0);
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    void anUploadedMibIsCompiledAndABrokenOneIsRefusedLeavingTheFolderAsItWas() {
        int good = upload("KEXIANG-UPLOAD-MIB.txt", VENDOR_MIB.replace("KEXIANG-TEST-MIB", "KEXIANG-UPLOAD-MIB")
                .replace("kexiangTest ", "kexiangUpload ").replace("{ kexiangTest 0 }", "{ kexiangUpload 0 }")
                .replace("{ enterprises 99999 1 }", "{ enterprises 99999 2 }")
                .replace("kexiangTestNotifications", "kexiangUploadNotifications")
                .replace("kexiangPowerFail", "kexiangFanFail"));
        int broken = upload("BROKEN-MIB.txt", "BROKEN-MIB DEFINITIONS ::= BEGIN\nnot smi at all\nEND\n");

        assertThat(good).isEqualTo(201);
        assertThat(app.getBean(MibRegistry.class).notification("1.3.6.1.4.1.99999.2.0.1")).isPresent();
        assertThat(broken).isEqualTo(422);
        assertThat(mibs.resolve("BROKEN-MIB.txt")).doesNotExist();
        assertThat(upload("../escape.txt", VENDOR_MIB.replace("KEXIANG-TEST-MIB", "KEXIANG-ESCAPE-MIB")
                .replace("{ enterprises 99999 1 }", "{ enterprises 99999 3 }"))).isEqualTo(201);
        assertThat(folder.resolve("escape.txt")).doesNotExist();
        assertThat(mibs.resolve("escape.txt")).exists();
    }

    @Test
    void aModuleUploadedAgainUnderAnotherNameIsRefusedAndDecodingGoesOn() {
        String module = VENDOR_MIB.replace("KEXIANG-TEST-MIB", "KEXIANG-TWICE-MIB")
                .replace("{ enterprises 99999 1 }", "{ enterprises 99999 4 }");

        assertThat(upload("KEXIANG-TWICE-MIB.txt", module)).isEqualTo(201);
        assertThat(upload("KEXIANG-TWICE-MIB-copy.txt", module)).isEqualTo(422);

        assertThat(mibs.resolve("KEXIANG-TWICE-MIB-copy.txt")).doesNotExist();
        assertThat(app.getBean(MibRegistry.class).notification("1.3.6.1.6.3.1.1.5.3")).isPresent();
    }
}
