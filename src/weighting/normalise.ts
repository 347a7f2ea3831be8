import { max as maxOf, mean, min as minOf, standardDeviation } from "simple-statistics";
import type { Direction, Normalisation, Transform } from "../types.ts";

/**
 * Applies an indicator transform to one raw value.
 * @throws {RangeError} when the value is outside the transform's domain (log needs > 0, log1p and sqrt need >= 0).
 * @example transformValue(100, "log") // 4.605…
 */
export function transformValue(value: number, transform: Transform): number {
  switch (transform) {
    case "none":
      return value;
    case "log":
      if (!(value > 0)) throw new RangeError(`log transform needs values > 0, found ${value}`);
      return Math.log(value);
    case "log1p":
      if (!(value >= 0)) throw new RangeError(`log1p transform needs values >= 0, found ${value}`);
      return Math.log1p(value);
    case "sqrt":
      if (!(value >= 0)) throw new RangeError(`sqrt transform needs values >= 0, found ${value}`);
      return Math.sqrt(value);
  }
}

/** Options of `normaliseScores`. */
export interface NormaliseOptions {
  readonly method: Normalisation;
  readonly direction: Direction;
  /** Target interval of `minmax` scores. Default [0, 1]. */
  readonly range?: readonly [number, number];
}

/**
 * Turns one indicator's values (one per township) into comparable scores, direction applied.
 * A constant column carries no information: `minmax` gives every township the top of the range, `zscore` gives 0.
 * @throws {RangeError} for an empty list, non-finite values, or values a method cannot take
 *   (`share` needs values >= 0 with a positive sum; `max` and cost `share` need values > 0).
 * @example normaliseScores([10, 20, 30], { method: "minmax", direction: "benefit" }) // [0, 0.5, 1]
 */
export function normaliseScores(values: readonly number[], options: NormaliseOptions): number[] {
  if (values.length === 0) throw new RangeError("normaliseScores needs at least one value");
  for (const value of values) if (!Number.isFinite(value)) throw new RangeError(`non-finite value ${value}`);
  const cost = options.direction === "cost";
  switch (options.method) {
    case "minmax": {
      const [low, high] = options.range ?? [0, 1];
      const min = minOf(values as number[]);
      const max = maxOf(values as number[]);
      if (max === min) return values.map(() => high);
      return values.map(
        (v) => low + (high - low) * (cost ? (max - v) / (max - min) : (v - min) / (max - min)),
      );
    }
    case "max": {
      if (cost) {
        if (values.some((v) => !(v > 0)))
          throw new RangeError("max normalisation of a cost indicator needs values > 0");
        const min = minOf(values as number[]);
        return values.map((v) => min / v);
      }
      const max = maxOf(values as number[]);
      if (!(max > 0)) throw new RangeError("max normalisation needs a positive maximum");
      return values.map((v) => v / max);
    }
    case "share": {
      if (cost) {
        if (values.some((v) => !(v > 0)))
          throw new RangeError("share normalisation of a cost indicator needs values > 0");
        const inverseSum = values.reduce((sum, v) => sum + 1 / v, 0);
        return values.map((v) => 1 / v / inverseSum);
      }
      if (values.some((v) => v < 0)) throw new RangeError("share normalisation needs values >= 0");
      const sum = values.reduce((s, v) => s + v, 0);
      if (!(sum > 0)) throw new RangeError("share normalisation needs a positive sum");
      return values.map((v) => v / sum);
    }
    case "zscore": {
      const sd = standardDeviation([...values]);
      if (sd === 0) return values.map(() => 0);
      const mu = mean([...values]);
      return values.map((v) => ((cost ? -1 : 1) * (v - mu)) / sd);
    }
  }
}
