/**
 * Header search box: starts downloading the search index as soon as a visitor focuses or types
 * in it, so results appear sooner on the search page it submits to. Does nothing otherwise.
 */
import { loadPagefind } from './pagefind-loader.ts';

const input = document.getElementById('site-search');
if (input) {
  const warmUp = () => {
    input.removeEventListener('focus', warmUp);
    input.removeEventListener('input', warmUp);
    // A failure here only means no head start; the search page reports errors itself.
    loadPagefind().catch(() => undefined);
  };
  input.addEventListener('focus', warmUp);
  input.addEventListener('input', warmUp);
}
