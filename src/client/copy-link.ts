/**
 * On the notice page, following a paragraph's ¶N link also copies its full address, so a reader can
 * paste a citation link; a status message says so. Without JavaScript the link simply goes there.
 * The message comes from the browser scripts' own area of the wording module, imported alone so
 * that the page does not download the whole dictionary (the notice page renders no text for it).
 */
import { client } from '../i18n/zh-CN/client.ts';

const statusEl = document.getElementById('copy-status');
document.querySelector('.notice')?.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.para-link');
  if (!link || !statusEl || !navigator.clipboard) return;
  const url = new URL(link.getAttribute('href')!, location.href).href;
  navigator.clipboard.writeText(url).then(
    () => (statusEl.textContent = client['client.copyLink.copied']({ number: link.dataset.number ?? '', url })),
    () => (statusEl.textContent = ''),
  );
});
