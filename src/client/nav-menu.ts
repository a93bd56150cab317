/**
 * The header's menu ("Danh mục") is a <details>: it opens and closes without script. This adds
 * what a disclosure owes keyboard users: Escape closes it and puts focus back on its summary.
 * Where the summary is hidden (wide screens show the list open), there is nothing to close.
 */
for (const menu of document.querySelectorAll<HTMLDetailsElement>('[data-nav-menu]')) {
  const summary = menu.querySelector('summary');
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || !summary?.getClientRects().length) return;
    menu.open = false;
    summary.focus();
  });
}
