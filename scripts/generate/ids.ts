import { slugify } from '../../src/lib/text.ts';

/** Unique ids: a slug of the name, shortened at a word boundary, with "-2", "-3" … on repeats. */
export class IdMaker {
  private readonly used = new Set<string>();
  /** The id for `text`, at most about `max` characters, not given out before by this maker. */
  make(text: string, max = 60): string {
    let base = slugify(text);
    if (base.length > max) base = base.slice(0, max).replace(/-[^-]*$/, '');
    if (!base) base = 'muc';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
