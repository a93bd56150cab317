/**
 * Deterministic randomness for the generator: a seeded PRNG and the few ways of drawing from it.
 * Never `Math.random()`: the same seed must give the same dataset on every machine.
 */

/** 32-bit string hash (FNV-1a then a murmur finaliser). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from a string. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seedText: string) {
    this.a = hash32(`a:${seedText}`);
    this.b = hash32(`b:${seedText}`);
    this.c = hash32(`c:${seedText}`);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Pick with weights (need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** Shuffle `items` in place (Fisher–Yates) and return it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** Up to `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
}

/** Cumulative-weight table for fast repeated weighted picks from a fixed list. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  readonly items: readonly T[];
  constructor(items: readonly T[], weights: readonly number[]) {
    this.items = items;
    let sum = 0;
    for (const w of weights) {
      sum += w;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }
  /** One item, with the probability of its weight (binary search over the cumulative weights). */
  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Split `n` into quotas by shares (largest remainder); each key gets ≥ 1 when n allows. */
export function quotas<K extends string>(n: number, shares: readonly (readonly [K, number])[]): Map<K, number> {
  const total = shares.reduce((s, [, w]) => s + w, 0);
  const raw = shares.map(([k, w]) => ({ k, exact: (n * w) / total }));
  const out = new Map<K, number>(raw.map(({ k, exact }) => [k, Math.floor(exact)]));
  let left = n - [...out.values()].reduce((s, v) => s + v, 0);
  const byRemainder = [...raw].sort((x, y) => y.exact - Math.floor(y.exact) - (x.exact - Math.floor(x.exact)));
  for (const { k } of byRemainder) {
    if (left <= 0) break;
    out.set(k, out.get(k)! + 1);
    left--;
  }
  if (n >= shares.length) {
    for (const [k] of shares) {
      if (out.get(k)! > 0) continue;
      const largest = [...out.entries()].sort((x, y) => y[1] - x[1])[0]!;
      out.set(largest[0], largest[1] - 1);
      out.set(k, 1);
    }
  }
  return out;
}
