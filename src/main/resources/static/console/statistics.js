// 流程统计: steps done and done on time by month, and each department's on-time share, from the figures the page
// carries in data attributes (no inline script: the console's Content-Security-Policy forbids it).
(function () {
  if (!window.echarts) {
    return;
  }
  var months = document.getElementById('statistics-months');
  var departments = document.getElementById('statistics-departments');
  if (!months || !departments) {
    return;
  }
  var figures = JSON.parse(months.dataset.figures);
  window.echarts.init(months).setOption({
    animation: false,
    legend: {},
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    xAxis: { type: 'category', data: figures.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: months.dataset.done, type: 'bar', data: figures.done },
      { name: months.dataset.onTime, type: 'bar', data: figures.onTime }
    ]
  });
  window.echarts.init(departments).setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    // The rotated department names inside the chart, cut at a width: a long name overran its neighbours and the edge.
    grid: { left: 48, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: figures.departments.map(function (name) {
      return name || departments.dataset.none;
    }), axisLabel: { interval: 0, rotate: 30, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value', min: 0, max: 100, name: departments.dataset.share },
    series: [{ name: departments.dataset.share, type: 'bar', data: figures.departmentShare,
      itemStyle: { color: '#2f7d32' } }]
  });
})();
