/**
 * Page titles of records that share a name. Two producers may each make a “Giò lụa Thiên Phú”:
 * their pages need titles a reader (and a search engine, and a browser tab) can tell apart. A
 * record whose name no other record of its kind carries keeps its name alone as its title.
 */

/** A record as {@link distinctTitles} reads it. */
export interface TitledRecord {
  id: string;
  name: string;
  /**
   * What tells it apart from a namesake, in the order a reader wants it: the producer, then the
   * province, then the commune (undefined where the record does not say).
   */
  qualifiers: readonly (string | undefined)[];
}

/** Between the name and what tells it apart: “Giò lụa Thiên Phú – Công ty TNHH Thiên Phú”. */
export const TITLE_SEPARATOR = ' – ';

/** Two names are the same when they differ only in Unicode form, spacing or case. */
const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * Each record's page title, by id. A name that one record alone carries is its title. Records
 * sharing a name get the name followed by the fewest leading qualifiers that tell all of them apart
 * (`Giò lụa – Công ty A`; `Trà sen – HTX Tân Phú, Tây Ninh` when two producers share a name too),
 * leaving out qualifiers every one of them shares (`Mật ong – xã Tân Phú` when one producer makes
 * both in one province). Records that no qualifier tells apart are
 * numbered, in the order of their ids (`… (2)`).
 */
export function distinctTitles(records: readonly TitledRecord[]): Map<string, string> {
  const groups = new Map<string, TitledRecord[]>();
  for (const r of records) {
    const k = key(r.name);
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [r]);
  }
  const titles = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      titles.set(group[0]!.id, group[0]!.name);
      continue;
    }
    const slots = Math.max(...group.map((r) => r.qualifiers.length));
    const at = (r: TitledRecord, i: number) => {
      const q = r.qualifiers[i]?.trim();
      return q ? q : undefined;
    };
    // A slot every record fills alike tells nothing.
    const telling = Array.from({ length: slots }, (_, i) => new Set(group.map((r) => key(at(r, i) ?? ''))).size > 1);
    const label = (r: TitledRecord, upTo: number) =>
      Array.from({ length: upTo }, (_, i) => (telling[i] ? at(r, i) : undefined))
        .filter((q): q is string => q !== undefined)
        .join(', ');
    let upTo = 1;
    while (upTo < slots && new Set(group.map((r) => key(label(r, upTo)))).size < group.length) upTo++;
    const labelled = group.map((r) => ({ r, text: label(r, upTo) }));
    // Still the same after every qualifier: numbered within what they share.
    const seen = new Map<string, number>();
    for (const { r, text } of [...labelled].sort((a, b) => (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0))) {
      const k = key(text);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      const shared = labelled.filter((l) => key(l.text) === k).length > 1;
      const title = text ? `${r.name}${TITLE_SEPARATOR}${text}` : r.name;
      titles.set(r.id, shared ? `${title} (${n})` : title);
    }
  }
  return titles;
}
