// 接入: the receive rate over the last minutes, from the counters read every 2 s (the rate is their change).
(function () {
  var box = document.getElementById('rate-chart');
  if (!box || !window.echarts) {
    return;
  }
  var chart = window.echarts.init(box);
  // The centre's time on a 24-hour clock, as the page's own times: the browser's zone and habits are the desk's.
  var clock = new Intl.DateTimeFormat('en-GB', { timeZone: box.dataset.zone, hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23' });
  var times = [];
  var rates = [];
  var last = null;

  function total(counts) {
    return Object.keys(counts.received || {}).reduce(function (sum, key) {
      return sum + counts.received[key];
    }, 0);
  }

  function draw() {
    chart.setOption({
      animation: false,
      grid: { left: 60, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: times },
      yAxis: { type: 'value', name: box.dataset.label },
      series: [{ type: 'line', data: rates, showSymbol: false, areaStyle: {} }]
    });
  }

  function read() {
    fetch(box.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (counts) {
        var now = Date.now();
        var received = total(counts);
        if (last) {
          times.push(clock.format(now));
          rates.push(Math.round((received - last.received) * 1000 / (now - last.at)));
          if (times.length > 150) {
            times.shift();
            rates.shift();
          }
          draw();
        }
        last = { at: now, received: received };
      });
  }

  read();
  setInterval(read, 2000);
})();
