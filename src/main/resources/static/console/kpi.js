// A KPI's twelve months as a line against its target, from the figures its fragment carries (no inline script).
// The page asks for the fragment once shown (htmx): draw it when it arrives.
(function () {
  function draw(box) {
    if (!box || !box.dataset.trend || !window.echarts) {
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
  }
  draw(document.getElementById('kpi-trend'));
  document.addEventListener('htmx:load', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'kpi-trend') {
      draw(event.detail.elt);
    }
  });
})();
