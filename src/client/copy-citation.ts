/**
 * On a project page, a button copies the citation text to the clipboard. Progressive: the button
 * is rendered hidden and shown only where the clipboard can be written; without JavaScript the
 * citation stays plain, selectable text. The messages are rendered into the button's data
 * attributes, so the script ships no wording.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-copy-citation]')) {
  const button = box.querySelector<HTMLButtonElement>('button');
  const text = box.querySelector<HTMLElement>('[data-citation-text]');
  const status = box.querySelector<HTMLElement>('[data-copy-status]');
  if (!button || !text || !status || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText((text.textContent ?? '').trim()).then(
      () => (status.textContent = button.dataset.copied ?? ''),
      () => (status.textContent = button.dataset.failed ?? ''),
    );
  });
}
