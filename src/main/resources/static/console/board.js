// 实时告警: keeps the board current from the server's stream (one push a second at most, only what changed),
// selects rows, and makes a new critical alarm on an AAA customer impossible to miss.
(function () {
  var rows = document.getElementById('board-rows');
  if (!rows) {
    return;
  }
  var source = null;
  var baseTitle = document.title;

  function connect() {
    if (source) {
      source.close();
    }
    source = new EventSource(rows.dataset.stream + window.location.search);
    source.addEventListener('ready', function () {
      document.body.classList.add('live');
    });
    source.addEventListener('rows', function (event) {
      apply(JSON.parse(event.data));
    });
    source.onerror = function () {
      document.body.classList.remove('live');
    };
  }

  function apply(update) {
    (update.gone || []).forEach(function (id) {
      var gone = document.getElementById('alarm-' + id);
      if (gone && !gone.classList.contains('child')) {
        gone.remove();
      }
    });
    // A repeat of an open fault moves only its count: the server sends the number, not the row.
    Object.keys(update.counts || {}).forEach(function (id) {
      var count = document.querySelector('#alarm-' + id + ' td.count');
      if (count) {
        count.textContent = update.counts[id];
      }
    });
    if (update.html) {
      var template = document.createElement('template');
      template.innerHTML = '<table><tbody>' + update.html + '</tbody></table>';
      var incoming = template.content.querySelectorAll('tbody > tr[id]');
      Array.prototype.slice.call(incoming).reverse().forEach(function (row) {
        var current = document.getElementById(row.id);
        if (current) {
          var checked = current.querySelector('input[name="ids"]');
          var box = row.querySelector('input[name="ids"]');
          if (checked && box) {
            box.checked = checked.checked;
          }
          current.replaceWith(row);
        } else {
          row.classList.add('fresh');
          rows.insertBefore(row, rows.firstChild);
        }
        if (window.htmx) {
          window.htmx.process(row);
        }
      });
      trim();
      var empty = document.getElementById('board-empty');
      if (empty && rows.querySelector('tr[id^="alarm-"]')) {
        empty.remove();
      }
    }
    urgent();
  }

  // The board shows its first page: rows pushed below it by new ones leave, with their storm children.
  function trim() {
    var size = parseInt(rows.dataset.pageSize, 10);
    var top = rows.querySelectorAll('tr[id^="alarm-"]:not(.child)');
    for (var i = top.length - 1; size > 0 && i >= size; i--) {
      var next = top[i].nextElementSibling;
      while (next && next.classList.contains('child')) {
        var child = next;
        next = next.nextElementSibling;
        child.remove();
      }
      top[i].remove();
    }
  }

  // The banner counts the unacknowledged critical alarms on AAA customers; the tab's title says so too.
  function urgent() {
    var banner = document.getElementById('urgent-banner');
    var count = rows.querySelectorAll('tr.urgent').length;
    if (banner) {
      banner.hidden = count === 0;
      banner.textContent = count === 0 ? '' : banner.dataset.label.replace('{0}', count);
    }
    document.title = count === 0 ? baseTitle : '(' + count + ') ' + baseTitle;
  }

  document.addEventListener('change', function (event) {
    if (event.target.id === 'select-all') {
      rows.querySelectorAll('input[name="ids"]').forEach(function (box) {
        box.checked = event.target.checked;
      });
    }
  });

  // Filters changed (the address changed with them): the stream follows the new filters.
  document.addEventListener('htmx:pushedIntoHistory', connect);
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target === rows) {
      urgent();
    }
  });
  connect();
  urgent();
})();
