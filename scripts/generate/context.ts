/**
 * What every collection draws on: the options, a seeded stream per label, scaled counts and the
 * map of provinces and communes.
 */
import { yearOf } from './calendar.ts';
import { buildGeography, type ProvinceInfo } from './geography.ts';
import { Rng, WeightedTable } from './random.ts';

export interface Context {
  /** Fraction of the national counts. */
  scale: number;
  /** PRNG seed. */
  seed: number;
  /** Reference date (`YYYY-MM-DD`); never the clock. */
  today: string;
  /** The year of `today`. */
  todayYear: number;
  /** Noon of `today` in Vietnam: the moment certificate statuses are computed for. */
  verifyAt: Date;
  /**
   * A PRNG of its own for each label ("products", "image:cover:12" …), so that drawing more or
   * fewer numbers in one collection does not change any other.
   */
  rngFor(label: string): Rng;
  /** `n` scaled, rounded, and at least 1. */
  count(n: number): number;
  /** Every province, in code order. */
  provinces: ProvinceInfo[];
  /** Picks a province by the weight of its communes. */
  provinceTable: WeightedTable<ProvinceInfo>;
  provinceByCode: Map<string, ProvinceInfo>;
}

/** The context for one run; the map is built once here and shared by every collection. */
export function createContext(options: { scale: number; seed: number; today: string }): Context {
  const { scale, seed, today } = options;
  const provinces = buildGeography(seed);
  return {
    scale,
    seed,
    today,
    todayYear: yearOf(today),
    verifyAt: new Date(`${today}T12:00:00+07:00`),
    rngFor: (label) => new Rng(`${seed}:${label}`),
    count: (n) => Math.max(1, Math.round(n * scale)),
    provinces,
    provinceTable: new WeightedTable(provinces, provinces.map((p) => p.weight)),
    provinceByCode: new Map(provinces.map((p) => [p.province.code, p])),
  };
}
