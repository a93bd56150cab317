/**
 * Pagefind folds tone marks ("da nang" finds "Đà Nẵng") but not đ: "dao" does not find "chỉ
 * đạo". Pages index the diacritic-free form of their words that contain đ, so a query typed
 * without diacritics finds them.
 */
import { fold } from './text.ts';

/** Distinct folded forms of the words in `text` that contain đ or Đ, space-separated. */
export function foldedDWords(text: string): string {
  // Words are runs of letters and marks; one pattern that finds the words with đ directly
  // ([\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*) backtracks at every letter, and over the national search
  // pages took half a second of every build. Each distinct word is folded once.
  const words = new Set((text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => w.includes('đ') || w.includes('Đ')));
  return [...new Set([...words].map(fold))].join(' ');
}
