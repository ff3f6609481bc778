package io.kexiang.console.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.process.WorkHistory.StepFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTotalsTests {

    private static final List<StepFigures> FIGURES = List.of(
            figures("资源核查", "运行维护部核查", "运行维护部", "2026-11", 4, 4),
            figures("资源核查", "网络建设部核查", "网络建设部", "2026-12", 3, 1),
            figures("调单", "数据制作", "滨海分公司", "2026-12", 2, 1),
            figures("调单", "审核竣工", null, "2026-11", 1, 0));

    @Test
    void sumsByProcessKeepingTheirOrderAndByDepartmentAndMonthSorted() {
        assertThat(StatisticsTotals.byProcess(FIGURES)).containsExactly(
                new StatisticsTotals.Total("资源核查", 7, 5, new BigDecimal("71.4")),
                new StatisticsTotals.Total("调单", 3, 1, new BigDecimal("33.3")));
        assertThat(StatisticsTotals.byDepartment(FIGURES)).extracting(StatisticsTotals.Total::name)
                .containsExactly("", "滨海分公司", "网络建设部", "运行维护部");
        assertThat(StatisticsTotals.byMonth(FIGURES)).containsExactly(
                new StatisticsTotals.Total("2026-11", 5, 4, new BigDecimal("80.0")),
                new StatisticsTotals.Total("2026-12", 5, 2, new BigDecimal("40.0")));
    }

    @Test
    void theChartGetsMonthsWithTheirCountsAndDepartmentsWithTheirShare() {
        Map<String, Object> chart = StatisticsTotals.chart(FIGURES);
        assertThat(chart.get("months")).isEqualTo(List.of("2026-11", "2026-12"));
        assertThat(chart.get("done")).isEqualTo(List.of(5L, 5L));
        assertThat(chart.get("onTime")).isEqualTo(List.of(4L, 2L));
        assertThat(chart.get("departmentShare")).isEqualTo(List.of(new BigDecimal("0.0"), new BigDecimal("50.0"),
                new BigDecimal("33.3"), new BigDecimal("100.0")));
        assertThat(StatisticsTotals.chart(List.of()).get("months")).isEqualTo(List.of());
    }

    private static StepFigures figures(String process, String step, String department, String month, long done,
            long onTime) {
        return new StepFigures(process, process, step, department, month, done, onTime, null, null);
    }
}
