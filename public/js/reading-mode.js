// 适老化 reading mode. The control is a checkbox (#reading-mode) that the CSS reads with :has(), so
// it works without JavaScript; this script, loaded in <head>, only remembers the choice from page
// to page: the remembered mode applies (as a class on <html>) before the first paint.
(function () {
  var KEY = 'minsheng-reading-mode';
  var root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === 'large') root.classList.add('reading-large');
  } catch (e) {
    /* storage blocked: default mode */
  }
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('reading-mode');
    if (!box) return;
    box.checked = root.classList.contains('reading-large');
    box.addEventListener('change', function () {
      root.classList.toggle('reading-large', box.checked);
      try {
        localStorage.setItem(KEY, box.checked ? 'large' : 'normal');
      } catch (e) {
        /* not remembered, still applied */
      }
    });
  });
})();
