/**
 * Pagefind folds tone marks ("da nang" finds "Đà Nẵng") but not đ: "dao" does not find "chỉ
 * đạo". Pages index the diacritic-free form of their words that contain đ, so a query typed
 * without diacritics finds them.
 */
import { fold } from './text.ts';

/** Distinct folded forms of the words in `text` that contain đ or Đ, space-separated. */
export function foldedDWords(text: string): string {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
  return [...new Set(words.map(fold))].join(' ');
}
