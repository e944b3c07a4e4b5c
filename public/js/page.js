// The page's small enhancements; every page loads this in <head>, and works without it.
// 1. 适老化 reading mode. The control is a checkbox (#reading-mode) that the CSS reads with :has(),
//    so it works without JavaScript; this script only remembers the choice from page to page: the
//    remembered mode applies (as a class on <html>) before the first paint.
// 2. The menu on a phone. Without JavaScript the navigation is always shown; with it, the `has-js`
//    class (set here, before the first paint) lets the CSS fold the navigation on a narrow screen
//    behind the header's 菜单 button (#nav-toggle), which this script opens and closes.
// 3. Wide tables and charts. A table wider than its box scrolls inside it (.table-scroll), as does
//    a chart's phone drawing in 大字模式 (.chart-narrow), and what shows first gives no sign that
//    more follows (a chart's empty axis): such a box gets the hint the page carries in
//    <template id="table-scroll-hint"> (or "chart-scroll-hint") just above it, shown only while
//    it overflows (a phone turned, 大字模式 switched, a data table's <details> opened).
(function () {
  var KEY = 'minsheng-reading-mode';
  var root = document.documentElement;
  root.classList.add('has-js');
  try {
    if (localStorage.getItem(KEY) === 'large') root.classList.add('reading-large');
  } catch (e) {
    /* storage blocked: default mode */
  }
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('reading-mode');
    if (box) {
      box.checked = root.classList.contains('reading-large');
      box.addEventListener('change', function () {
        root.classList.toggle('reading-large', box.checked);
        updateTableHints();
        try {
          localStorage.setItem(KEY, box.checked ? 'large' : 'normal');
        } catch (e) {
          /* not remembered, still applied */
        }
      });
    }
    var hints = { table: document.getElementById('table-scroll-hint'), chart: document.getElementById('chart-scroll-hint') };
    var tables = hints.table && 'content' in hints.table ? document.querySelectorAll('.table-scroll, .chart-narrow') : [];
    function updateTableHint(table) {
      var before = table.previousElementSibling;
      var shown = before && before.classList.contains('scroll-hint') ? before : null;
      var overflows = table.scrollWidth > table.clientWidth + 1;
      var hint = table.classList.contains('chart-narrow') ? hints.chart : hints.table;
      if (shown) shown.hidden = !overflows;
      else if (overflows && hint && hint.content.firstElementChild) table.parentNode.insertBefore(hint.content.firstElementChild.cloneNode(true), table);
    }
    function updateTableHints() {
      for (var i = 0; i < tables.length; i++) updateTableHint(tables[i]);
    }
    if (tables.length && typeof ResizeObserver === 'function') {
      // A box keeps its width when only its table grows (大字模式 on a phone): watch both.
      var observer = new ResizeObserver(function (entries) {
        for (var i = 0; i < entries.length; i++) updateTableHint(entries[i].target.closest('.table-scroll, .chart-narrow'));
      });
      for (var i = 0; i < tables.length; i++) {
        observer.observe(tables[i]);
        if (tables[i].firstElementChild) observer.observe(tables[i].firstElementChild);
      }
    } else updateTableHints();
    var toggle = document.getElementById('nav-toggle');
    var nav = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    if (toggle && nav) {
      toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('open', open);
      });
    }
  });
})();
