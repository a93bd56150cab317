/**
 * Fairs: what a page says about each fair holds until `data-fair-until` (lib/fairs.ts
 * `fairStableUntil`: the next session opening or closing, the weekend moving on, the next midnight
 * of an open registration). Only a page that has outlived it loads the rules to recompute
 * (fair-refresh.ts), so a fresh page carries a few hundred bytes of script instead of the rules.
 */
const now = Date.now();
if ([...document.querySelectorAll<HTMLElement>('[data-fair-until]')].some((el) => !(Date.parse(el.dataset.fairUntil!) > now))) {
  void import('./fair-refresh.ts');
}
