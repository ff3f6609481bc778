// A KPI's twelve months as a line against its target, from the figures the page carries (no inline script).
(function () {
  var box = document.getElementById('kpi-trend');
  if (!box || !window.echarts) {
    return;
  }
  var trend = JSON.parse(box.dataset.trend);
  var series = [{ name: trend.name, type: 'line', data: trend.values, connectNulls: false }];
  if (trend.target !== '') {
    series.push({ name: '', type: 'line', data: trend.months.map(function () { return trend.target; }),
      showSymbol: false, lineStyle: { type: 'dashed', color: '#888' } });
  }
  window.echarts.init(box).setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: trend.months },
    yAxis: { type: 'value', scale: true },
    series: series
  });
})();
