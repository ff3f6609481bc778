package io.kexiang.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/** The demo inventory shipped in {@code classpath:demo/}, loaded by the {@code demo} profile on first start. */
public final class DemoData {

    private DemoData() {
    }

    public static byte[] file(String name) {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("demo file " + name + " is missing from the build", e);
        }
    }
}
