// The console's glue, loaded as a file (the Content-Security-Policy allows no inline script).
// htmx requests carry the CSRF token the page was rendered with.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A refused or failed htmx request says why (the problem detail's text) instead of doing nothing.
document.addEventListener('htmx:responseError', function (event) {
  var text = event.detail.xhr.responseText;
  try {
    var problem = JSON.parse(text);
    var fields = (problem.errors || problem.invalidParams || []).map(function (e) {
      return (e.field || e.name || '') + ': ' + (e.detail || e.reason || e.message || '');
    });
    text = [problem.title, problem.detail].concat(fields).filter(Boolean).join('\n');
  } catch (ignored) {
    // not a problem detail: show it as it came
  }
  var box = document.getElementById('console-error');
  if (!box) {
    box = document.createElement('div');
    box.id = 'console-error';
    box.className = 'console-error';
    box.setAttribute('role', 'alert');
    document.body.appendChild(box);
  }
  box.textContent = text;
  box.hidden = false;
  setTimeout(function () { box.hidden = true; }, 8000);
});

// 复制: a button with data-copy names the element whose text goes to the clipboard (texts to forward to customers).
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-copy]');
  if (!button) {
    return;
  }
  var source = document.getElementById(button.dataset.copy);
  if (source && navigator.clipboard) {
    navigator.clipboard.writeText(source.textContent).then(function () {
      button.classList.add('copied');
    });
  }
});

// 全屏: the wall board asks the browser for the whole screen.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-fullscreen]') && document.documentElement.requestFullscreen) {
    document.documentElement.requestFullscreen();
  }
});

// 割接 editor: the picker adds what was chosen to the scope's elements or circuits, and the impact follows.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-scope-add]');
  var pick = document.getElementById('scope-pick');
  if (!button || !pick || !pick.value.trim()) {
    return;
  }
  var list = document.getElementById(button.dataset.scopeAdd);
  var lines = list.value.split(/\r?\n/).map(function (line) { return line.trim(); }).filter(Boolean);
  if (lines.indexOf(pick.value.trim()) < 0) {
    lines.push(pick.value.trim());
  }
  list.value = lines.join('\n');
  pick.value = '';
  list.dispatchEvent(new Event('change', { bubbles: true }));
});
