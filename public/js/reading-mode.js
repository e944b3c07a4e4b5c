// 适老化 reading mode. Loaded in <head> so the remembered mode applies before the first paint.
(function () {
  var KEY = 'minsheng-reading-mode';
  var root = document.documentElement;
  try { if (localStorage.getItem(KEY) === 'large') root.classList.add('reading-large'); } catch (e) { /* storage blocked: default mode */ }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('reading-mode-toggle');
    if (!button) return;
    var sync = function () { button.setAttribute('aria-pressed', String(root.classList.contains('reading-large'))); };
    button.hidden = false; // the control exists only where it can work
    sync();
    button.addEventListener('click', function () {
      var on = root.classList.toggle('reading-large');
      try { localStorage.setItem(KEY, on ? 'large' : 'normal'); } catch (e) { /* not remembered, still applied */ }
      sync();
    });
  });
})();
