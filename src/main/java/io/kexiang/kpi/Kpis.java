package io.kexiang.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The centre's KPIs for a period, for the API, the console and the reports alike. */
public interface Kpis {

    /**
     * What a KPI is, once: {@code unit} {@code %}, {@code h} (hours), {@code d} (working days) or {@code count};
     * {@code higherIsBetter} says which way the target is met; {@code target} null when none is set.
     */
    record Definition(String code, String name, String formula, String unit, boolean higherIsBetter,
                      BigDecimal target) {
    }

    /** An item behind a figure that missed (a ticket restored late …): what, whose, by how much. */
    record Item(String kind, String number, String customer, String person, Instant due, Instant done,
                long lateMinutes, String href) {
    }

    /**
     * A KPI for the period: {@code value} (null when nothing was counted), met out of counted for a share, the
     * {@code state} against the target ({@code green}, {@code amber}, {@code red}, {@code none}), the items behind
     * it (those that missed, latest first; for a count, what was counted: the first {@link #ITEMS} of
     * {@code itemCount}, every one from {@link #items}), and its own details (the response-time distribution, the
     * median and p90 of a time …).
     */
    record Figure(Definition definition, BigDecimal value, long met, long counted, String state, List<Item> items,
                  long itemCount, Map<String, Object> detail) {
    }

    /** A figure carries this many of its items: a quarter's late ones are thousands (megabytes in every answer). */
    int ITEMS = 100;

    /** One line of a figure cut by a dimension. */
    record Line(String key, BigDecimal value, long met, long counted, String state) {
    }

    List<Definition> definitions();

    /** Every KPI for the period and filter. */
    List<Figure> figures(KpiPeriod period, KpiFilter filter);

    /** One KPI for the period and filter, read from the sources that feed it alone; empty for an unknown code. */
    java.util.Optional<Figure> figure(String code, KpiPeriod period, KpiFilter filter);

    /** Every item behind one KPI for the period and filter, latest first; empty for an unknown code. */
    java.util.Optional<List<Item>> items(String code, KpiPeriod period, KpiFilter filter);

    /**
     * One KPI cut by {@code department}, {@code person}, {@code tier}, {@code circuitType}, {@code customer} or
     * {@code month}.
     *
     * @throws io.kexiang.shared.InvalidInputException for an unknown KPI or dimension
     */
    List<Line> breakdown(String code, String by, KpiPeriod period, KpiFilter filter);

    /** One KPI cut by several dimensions at once, the facts read once ({@code month}: each month on its own). */
    Map<String, List<Line>> breakdowns(String code, List<String> by, KpiPeriod period, KpiFilter filter);
}
