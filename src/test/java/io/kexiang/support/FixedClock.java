package io.kexiang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An application whose clock the test moves ({@link TestClocks.Fixed}). It watches an NMS of its own (a TEST-NET
 * address nobody sends from): every test application shares one database, and a checker on a moved clock would
 * otherwise find 127.0.0.1's heartbeat row lost or restored under the feet of the application whose tests watch it.
 * Its checker runs once, at start-up: every such application shares that NMS's row too, and two of them on clocks
 * years apart found it lost and restored it in turn every five seconds, archiving a heartbeat event dated 2099 each
 * time, until those filled the console's "latest events" of every later test (ConsoleJourneyIT failed on it in CI).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(TestClocks.Fixed.class)
@TestPropertySource(properties = {
    "kexiang.ingest.nms-heartbeats[0].name=FIXED-CLOCK-NMS",
    "kexiang.ingest.nms-heartbeats[0].source=192.0.2.77",
    "kexiang.ingest.nms-heartbeats[0].interval=1h",
    "kexiang.ingest.nms-heartbeats[0].misses=1000",
    "kexiang.ingest.nms-heartbeat-check=3650d"})
public @interface FixedClock {
}
