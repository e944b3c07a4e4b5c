/**
 * On the notice page, following a paragraph's ¶N link also copies its full address, so a reader can
 * paste a citation link; a status message says so. Without JavaScript the link simply goes there.
 */
const statusEl = document.getElementById('copy-status');
document.querySelector('.notice')?.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.para-link');
  if (!link || !statusEl || !navigator.clipboard) return;
  const url = new URL(link.getAttribute('href')!, location.href).href;
  navigator.clipboard.writeText(url).then(
    () => (statusEl.textContent = `已复制第 ${link.dataset.number} 段的链接：${url}`),
    () => (statusEl.textContent = ''),
  );
});
export {};
