package io.kexiang.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One scrape of the Prometheus endpoint: series (name with labels) to value. */
record Metrics(Map<String, Double> series) {

    static Metrics parse(String exposition) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : exposition.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            try {
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException ignored) {
                // NaN and the like: not a count
            }
        }
        return new Metrics(series);
    }

    /** The sum of every series of this name that carries all these labels ({@code outcome="accepted"}). */
    double sum(String name, String... labels) {
        double total = 0;
        for (Map.Entry<String, Double> entry : series.entrySet()) {
            String key = entry.getKey();
            int brace = key.indexOf('{');
            String base = brace < 0 ? key : key.substring(0, brace);
            if (!base.equals(name)) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= key.contains(label);
            }
            if (all) {
                total += entry.getValue();
            }
        }
        return total;
    }

    /** Values of one label across the series of a name, e.g. drops by reason. */
    Map<String, Double> byLabel(String name, String label) {
        Map<String, Double> values = new LinkedHashMap<>();
        series.forEach((key, value) -> {
            if (key.startsWith(name + "{")) {
                int at = key.indexOf(label + "=\"");
                if (at >= 0) {
                    int start = at + label.length() + 2;
                    values.merge(key.substring(start, key.indexOf('"', start)), value, Double::sum);
                }
            }
        });
        return values;
    }
}
