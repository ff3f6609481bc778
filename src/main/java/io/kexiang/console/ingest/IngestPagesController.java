package io.kexiang.console.ingest;

import io.kexiang.identity.Role;
import io.kexiang.ingest.IngestWatch;
import io.kexiang.shared.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 接入: the health of ingest. Counts since start-up from the meters (received by transport and outcome, dropped by
 * reason, archived, queue depths), refusals by source and reason, the newest raw events decoded; and a chart of the
 * receive rate, which ingest.js draws from {@code /ingest/counts} (the rate is the change between two reads).
 */
@Controller
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class IngestPagesController {

    private final IngestWatch watch;
    private final MeterRegistry meters;

    IngestPagesController(IngestWatch watch, MeterRegistry meters) {
        this.watch = watch;
        this.meters = meters;
    }

    @GetMapping("/ingest")
    String page(Model model) {
        model.addAttribute("counts", counts());
        model.addAttribute("refusals", watch.refusals());
        model.addAttribute("events", watch.latest(50));
        return "ingest/health";
    }

    /** One archived event, decoded; the bytes as received (a community masked but to administrators). */
    @GetMapping("/ingest/events/{id}")
    String event(@PathVariable long id, Model model, Authentication viewer) {
        boolean administrator = Role.heldBy(viewer, Role.ADMIN);
        Map<String, Object> event = watch.event(id, administrator).orElseThrow(() -> new NotFoundException(
                "rawEvent", id));
        model.addAttribute("event", event);
        model.addAttribute("hex", dump((String) event.get("rawHex")));
        return "ingest/event";
    }

    /** Bytes in pairs, sixteen to a line, as a protocol analyser shows them. */
    static String dump(String hex) {
        if (hex == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(hex, i, Math.min(i + 2, hex.length())).append(i / 2 % 16 == 15 ? '\n' : ' ');
        }
        return out.toString().strip();
    }

    /** The counters and gauges of ingest, by name and tags, for the page and its chart. */
    @GetMapping("/ingest/counts")
    @ResponseBody
    Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, Double> received = new TreeMap<>();
        meters.find("kexiang.ingest.received").counters().forEach(counter -> received.merge(
                counter.getId().getTag("transport") + " / " + counter.getId().getTag("outcome"), counter.count(),
                Double::sum));
        Map<String, Double> dropped = new TreeMap<>();
        meters.find("kexiang.ingest.dropped").counters().forEach(counter -> dropped.merge(
                counter.getId().getTag("reason"), counter.count(), Double::sum));
        counts.put("received", received);
        counts.put("dropped", dropped);
        counts.put("datagrams", total("kexiang.ingest.datagrams"));
        counts.put("archived", total("kexiang.ingest.archived"));
        counts.put("handlerFailures", total("kexiang.ingest.handler.failures"));
        counts.put("datagramQueue", gauge("kexiang.ingest.datagram.queue.depth"));
        counts.put("ingestQueue", gauge("kexiang.ingest.queue.depth"));
        return counts;
    }

    private double total(String name) {
        return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    private double gauge(String name) {
        return meters.find(name).gauges().stream().mapToDouble(Gauge::value).sum();
    }
}
