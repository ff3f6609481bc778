package io.kexiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

public final class BoardProbe {
    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/bench");
        BenchInventory inventory = new BenchInventory(500, 2000, 10000, 0);
        Path down = BenchInventory.write(work.resolve("plan-down.txt"), inventory.downPlan());
        try (KexiangUnderTest kexiang = KexiangUnderTest.start(PipelineBenchmark.jar(project), work, "1g",
                List.of("--kexiang.alarm.storm-min-interfaces=1000000", "--logging.level.org.hibernate.SQL=debug"))) {
            kexiang.importCsv("people", inventory.people());
            kexiang.importCsv("network-elements", inventory.networkElements());
            kexiang.importCsv("customers", inventory.customersCsv());
            kexiang.importCsv("circuits", inventory.circuitsCsv());
            Thread.sleep(3000);
            new Blaster(project.resolve("target/test-classes")).send(kexiang.trapTarget(), down, 10000, 4000);
            Thread.sleep(20000);
            ConsoleClient console = ConsoleClient.signIn(kexiang.base(), "admin", kexiang.adminPassword());
            for (int i = 0; i < 40; i++) {
                System.out.println("page " + console.get("/alarms"));
            }
            Files.writeString(work.resolve("probe.txt"), kexiang.base() + " " + kexiang.adminPassword());
            System.out.println("READY " + kexiang.base() + " " + kexiang.adminPassword());
            Thread.sleep(Duration.ofMinutes(15).toMillis());
        }
    }
}
