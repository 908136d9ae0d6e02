/** A small seeded PRNG (mulberry32) and the draws the generator needs. Same seed, same archive. */
export interface Random {
  /** Uniform in [0, 1). */
  next: () => number;
  int(min: number, maxInclusive: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Early items far more often than late ones (a Zipf-like skew). */
  pickSkewed<T>(list: readonly T[], power?: number): T;
  /** Weighted choice over [value, weight] pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** Log-normal with the given median and shape, clamped to [min, max]. */
  logNormal(median: number, sigma: number, min: number, max: number): number;
  /** `k` distinct items. */
  sample<T>(list: readonly T[], k: number): T[];
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    pickSkewed: <T>(list: readonly T[], power = 2.5): T => list[Math.floor(next() ** power * list.length)] as T,
    weighted<T>(pairs: readonly (readonly [T, number])[]): T {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return (pairs[pairs.length - 1] as readonly [T, number])[0];
    },
    logNormal(median, sigma, min, max) {
      // Box–Muller; 1 - next() keeps the logarithm finite.
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * z))));
    },
    sample<T>(list: readonly T[], k: number): T[] {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
      return out;
    },
  };
}
