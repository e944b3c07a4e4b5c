// The header's two enhancements; every page loads this in <head>, and works without it.
// 1. 适老化 reading mode. The control is a checkbox (#reading-mode) that the CSS reads with :has(),
//    so it works without JavaScript; this script only remembers the choice from page to page: the
//    remembered mode applies (as a class on <html>) before the first paint.
// 2. The menu on a phone. Without JavaScript the navigation is always shown; with it, the `has-js`
//    class (set here, before the first paint) lets the CSS fold the navigation on a narrow screen
//    behind the header's 菜单 button (#nav-toggle), which this script opens and closes.
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
        try {
          localStorage.setItem(KEY, box.checked ? 'large' : 'normal');
        } catch (e) {
          /* not remembered, still applied */
        }
      });
    }
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
