package io.kexiang.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs {@link TrapBlaster} as a separate JVM and reads back what it sent. */
record Blaster(Path testClasses) {

    record Sent(long count, double seconds, double rate) {
    }

    Sent send(String target, Path plan, long count, double rate) throws Exception {
        Process process = new ProcessBuilder(KexiangUnderTest.javaBinary(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", testClasses.toString(), TrapBlaster.class.getName(), target, plan.toString(),
                BenchInventory.COMMUNITY, String.valueOf(count), String.valueOf(rate))
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !out.contains("sent=")) {
            throw new IllegalStateException("The trap sender failed: " + out);
        }
        String line = out.lines().filter(l -> l.startsWith("sent=")).findFirst().orElseThrow();
        List<String> fields = List.of(line.split("\\s+"));
        return new Sent(Long.parseLong(value(fields, "sent")), Double.parseDouble(value(fields, "seconds")),
                Double.parseDouble(value(fields, "rate")));
    }

    private static String value(List<String> fields, String key) {
        return fields.stream().filter(f -> f.startsWith(key + "=")).findFirst().orElseThrow()
                .substring(key.length() + 1);
    }
}
