package io.kexiang.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The benchmark's result as the Markdown tables README's performance section shows. */
final class BenchReport {

    private BenchReport() {
    }

    static String markdown(PipelineBenchmark.Result result) {
        StringBuilder out = new StringBuilder();
        PipelineBenchmark.Settings s = result.settings();
        out.append("Inventory: %,d network elements, %,d customers, %,d circuits (DDN, ATM, FR, MPLS-VPN); imported over HTTP in %.1f s. Kexiang heap -Xmx%s. The machine has %d CPU cores, shared by the sender, Kexiang and its PostgreSQL.%n%n"
                .formatted(s.elements(), s.customers(), s.circuits(), result.importSeconds(), s.heap(),
                        Runtime.getRuntime().availableProcessors()));

        out.append("**End to end** (a separate process sends SNMPv2c traps over UDP from each element's own address; a step counts when nothing is lost at any stage and everything is committed within 2 s of the last send; the warm-up raises every fault a first time and opens its tickets, and is not a step):\n\n");
        out.append("| traffic | sent | send rate/s | received | kernel drops | queue drops | archived | decoded | normalised | new alarms linked | alarm events | tickets | tickets due, not opened | drained after | p50 ms | p99 ms | max ms | CPU cores busy: all / Kexiang JVM | verdict |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (PipelineBenchmark.Step step : steps(result)) {
            out.append("| %s | %,d | %,.0f | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s | %,d | %,d | %s | %,.0f | %,.0f | %,.0f | %.2f / %.2f | %s |%n"
                    .formatted(step.what(), step.sent(), step.sendRate(), step.received(), step.kernelDrops(),
                            step.queueDrops(), step.archived(), step.decoded(), step.normalised(), step.linked(),
                            events(step.alarmEvents()), step.ticketsOpened(), step.ticketBacklog(),
                            step.drained() ? "%.1f s".formatted(step.drainSeconds()) : "not in %.0f s".formatted(step.drainSeconds()),
                            step.p50(), step.p99(), step.max(), step.machineCores(), step.kexiangCores(),
                            step.sustained() ? "sustained" : !step.lossless() ? "loss"
                                    : step.ticketBacklog() > 0 ? "no loss, tickets behind" : "no loss, fell behind"));
        }
        long best = result.endToEnd().stream().filter(PipelineBenchmark.Step::sustained)
                .mapToLong(BenchReport::offered).max().orElse(0);
        PipelineBenchmark.Step longest = result.sustained();
        out.append("%nHighest sustained rate in the %d s steps: **%,d traps/s**. Highest sustained for %d s, zero loss: %s.%n"
                .formatted(s.stepSeconds(), best, s.sustainSeconds(), longest.sustained()
                        ? "**%,d traps/s**".formatted(offered(longest)) : "none of the rates tried"));
        out.append("Send → ticket opened (hold-off set to 0): p50 %,.0f ms, p99 %,.0f ms.%n"
                .formatted(result.ticketP50(), result.ticketP99()));
        out.append("Peak heap used %,d MiB; peak RSS %,d MiB.%n%n".formatted(result.peakHeap() >> 20,
                result.peakRss() >> 20));

        PipelineBenchmark.Storm storm = result.storm();
        out.append("**Storm**: %s restarts, a coldStart and a linkDown on each of its %,d interfaces (%,d traps, sent at full speed): %,d alarms, %,d root, %,d children; %,d tickets for %,d customers (the element carries %,d customers' circuits); all committed and ticketed %.1f s after the first trap.%n%n"
                .formatted(BenchInventory.element(0), s.stormCircuits(), storm.traps(), storm.alarms(), storm.roots(),
                        storm.children(), storm.tickets(), storm.ticketCustomers(), storm.stormCustomers(),
                        storm.seconds()));

        out.append("**Receive stage** (same traffic, SO_RCVBUF asked %d MiB of each: the kernel gave Kexiang rb=%,d, snmptrapd rb=%,d bytes; rate 0 is the sender's full speed):%n%n"
                .formatted(s.receiveBuffer() >> 20, result.kexiangReceiveBuffer(), result.snmptrapdReceiveBuffer()));
        out.append("| receiver | offered/s | sent | send rate/s | taken off the socket | kernel drops | lost at the socket | dropped later, in Kexiang's queues (pipeline behind) | receive stage |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (PipelineBenchmark.ReceiveStep step : result.receive()) {
            out.append("| %s | %s | %,d | %,.0f | %,d | %,d | %.2f %% | %s | %s |%n".formatted(step.receiver(),
                    step.offered() == 0 ? "full speed" : "%,d".formatted(step.offered()), step.sent(),
                    step.sendRate(), step.received(), step.kernelDrops(),
                    100.0 * (step.sent() - step.received()) / step.sent(),
                    step.receiver().equals("Kexiang") ? "%,d".formatted(step.queueDrops()) : "",
                    step.lossless() ? "no loss" : "loss"));
        }
        out.append('\n').append(ratios(result.receive()));
        return out.toString();
    }

    /** The rate a step offered: what the sender measured, to the 500/s its steps are set in. */
    private static long offered(PipelineBenchmark.Step step) {
        return Math.round(step.sendRate() / 500) * 500;
    }

    private static List<PipelineBenchmark.Step> steps(PipelineBenchmark.Result result) {
        List<PipelineBenchmark.Step> steps = new java.util.ArrayList<>();
        steps.add(result.warmUp());
        steps.addAll(result.endToEnd());
        for (PipelineBenchmark.Step run : result.sustainRuns()) {
            steps.add(named(run, "long run: " + run.what()));
        }
        steps.add(named(result.latency(), "latency: " + result.latency().what()));
        steps.add(named(result.burst(), "burst: " + result.burst().what()));
        return steps;
    }

    private static PipelineBenchmark.Step named(PipelineBenchmark.Step s, String what) {
        return new PipelineBenchmark.Step(what, s.sent(), s.sendRate(), s.received(), s.refused(), s.kernelDrops(),
                s.queueDrops(), s.archived(), s.decoded(), s.normalised(), s.linked(), s.alarmEvents(),
                s.ticketsOpened(), s.ticketBacklog(), s.drainSeconds(), s.drained(), s.p50(), s.p99(), s.max(), s.machineCores(),
                s.kexiangCores());
    }

    private static String events(Map<String, Long> events) {
        return events.entrySet().stream().map(e -> e.getKey() + " " + "%,d".formatted(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The highest lossless offered rate of each receiver, side by side. */
    private static String ratios(List<PipelineBenchmark.ReceiveStep> steps) {
        Map<String, Integer> best = new java.util.LinkedHashMap<>();
        for (PipelineBenchmark.ReceiveStep step : steps) {
            best.putIfAbsent(step.receiver(), 0);
            if (step.lossless() && step.offered() > 0) {
                best.merge(step.receiver(), step.offered(), Math::max);
            }
        }
        Integer kexiang = best.get("Kexiang");
        return "Highest offered rate without loss: " + best.entrySet().stream()
                .map(e -> "%s %,d/s%s".formatted(e.getKey(), e.getValue(),
                        kexiang == null || e.getValue() == 0 || e.getKey().equals("Kexiang") ? ""
                                : " (Kexiang ×%.2f)".formatted((double) kexiang / e.getValue())))
                .collect(Collectors.joining("; ")) + ".\n";
    }
}
