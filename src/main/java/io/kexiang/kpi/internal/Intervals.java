package io.kexiang.kpi.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Time intervals [start, end) on one circuit: merged, clipped, one set taken from another, added up. */
final class Intervals {

    record Span(Instant start, Instant end) {

        Span {
            if (end.isBefore(start)) {
                end = start;
            }
        }

        Duration length() {
            return Duration.between(start, end);
        }
    }

    private Intervals() {
    }

    /** Overlapping or touching spans as one, in order; empty spans dropped. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = spans.stream().filter(span -> span.end().isAfter(span.start()))
                .sorted(Comparator.comparing(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Span(last.start(), span.end().isAfter(last.end()) ? span.end()
                        : last.end()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    static List<Span> clip(List<Span> spans, Instant from, Instant to) {
        return spans.stream().map(span -> new Span(span.start().isBefore(from) ? from : span.start(),
                span.end().isAfter(to) ? to : span.end())).filter(span -> span.end().isAfter(span.start()))
                .toList();
    }

    /** What of {@code spans} lies outside every one of {@code taken}. */
    static List<Span> minus(List<Span> spans, List<Span> taken) {
        List<Span> cuts = merge(taken);
        List<Span> left = new ArrayList<>();
        for (Span span : spans) {
            Instant start = span.start();
            for (Span cut : cuts) {
                if (!cut.end().isAfter(start) || !cut.start().isBefore(span.end())) {
                    continue;
                }
                if (cut.start().isAfter(start)) {
                    left.add(new Span(start, cut.start()));
                }
                start = cut.end().isAfter(start) ? cut.end() : start;
            }
            if (span.end().isAfter(start)) {
                left.add(new Span(start, span.end()));
            }
        }
        return left;
    }

    static Duration total(List<Span> spans) {
        return spans.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
    }
}
