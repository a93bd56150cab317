/**
 * CSV text cells that a spreadsheet would run: Excel, LibreOffice and Google Sheets read a cell
 * beginning with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)` sends data away), and tab or
 * carriage return open the same door in some of them. Every CSV the site writes puts an
 * apostrophe before such a text, which spreadsheets show as text (OWASP "CSV injection"); a
 * program reading the file back takes one apostrophe off again. Numbers are written as numbers
 * and never changed. Pure.
 */

/** Text that needs the apostrophe: it starts (after any apostrophes) with a formula character. */
const RISKY = /^'*[=+\-@\t\r]/;
/** Text that was given one: an apostrophe, then what `RISKY` matches. */
const GUARDED = /^''*[=+\-@\t\r]/;

/**
 * A text cell as a CSV file carries it: `=1+1` → `'=1+1`. Text that already starts with
 * apostrophes before a formula character gets one more, so that reading back is exact.
 */
export function spreadsheetSafe(value: string): string {
  return RISKY.test(value) ? `'${value}` : value;
}

/** The text a CSV cell written with `spreadsheetSafe` stands for: `'=1+1` → `=1+1`. */
export function fromSpreadsheetSafe(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
