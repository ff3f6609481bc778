package io.kexiang.console.work;

import io.kexiang.process.WorkHistory.StepFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * 流程统计's totals: the step figures summed by process, by department and by month, each with its on-time share,
 * for the summary tables and the charts.
 */
final class StatisticsTotals {

    /** One total: what it is of, steps done, done on time, the on-time share in per cent (one decimal). */
    record Total(String name, long done, long onTime, BigDecimal onTimeShare) {
    }

    private StatisticsTotals() {
    }

    static List<Total> byProcess(List<StepFigures> figures) {
        return sum(figures, StepFigures::processName, new LinkedHashMap<>());
    }

    /** Departments by name; steps done by nobody's department under the empty name. */
    static List<Total> byDepartment(List<StepFigures> figures) {
        return sum(figures, figure -> figure.department() == null ? "" : figure.department(), new TreeMap<>());
    }

    static List<Total> byMonth(List<StepFigures> figures) {
        return sum(figures, StepFigures::month, new TreeMap<>());
    }

    /** What the charts draw: months with steps done and done on time, departments with their on-time share. */
    static Map<String, Object> chart(List<StepFigures> figures) {
        List<Total> months = byMonth(figures);
        List<Total> departments = byDepartment(figures);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", months.stream().map(Total::name).toList());
        chart.put("done", months.stream().map(Total::done).toList());
        chart.put("onTime", months.stream().map(Total::onTime).toList());
        chart.put("departments", departments.stream().map(Total::name).toList());
        chart.put("departmentShare", departments.stream().map(Total::onTimeShare).toList());
        return chart;
    }

    private static List<Total> sum(List<StepFigures> figures, Function<StepFigures, String> key,
            Map<String, long[]> sums) {
        for (StepFigures figure : figures) {
            long[] sum = sums.computeIfAbsent(key.apply(figure), name -> new long[2]);
            sum[0] += figure.done();
            sum[1] += figure.onTime();
        }
        return sums.entrySet().stream().map(entry -> new Total(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1], share(entry.getValue()[1], entry.getValue()[0]))).toList();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
