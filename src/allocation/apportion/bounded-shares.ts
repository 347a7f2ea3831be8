import { type CheckedUnit, sumInNameOrder } from "./validate.ts";

/**
 * The exact shares once bounds are honoured: clamp(λ·weight, min, max), with λ chosen so that the
 * shares sum to `total` (Σ clamp is piecewise linear in λ; its breakpoints are min/weight and
 * max/weight). A unit strictly inside its bounds gets (total − posts held by bounded units) × weight /
 * (Σ weight of the units inside their bounds), which is total × weight / Σ weight when no bound binds.
 * Units with weight 0 sit at their minimum, unless every weighted unit is at its maximum and the total
 * is still not reached: then the weight-0 units share the rest equally (as if of weight 1), within their
 * bounds. Internal to apportion/.
 * @throws never (callers pass validated units)
 * @example
 * boundedShares(checkInput([{ name: "A", weight: 3, max: 1 }, { name: "B", weight: 1 }], 4).units, 4) // [1, 3]
 */
export function boundedShares(units: readonly CheckedUnit[], total: number): number[] {
  return boundedSharesWithBounds(units, total).map((entry) => entry.share);
}

/** A unit's bounded share and which bound, if any, holds it. Internal to apportion/. */
export interface BoundedShare {
  readonly share: number;
  readonly heldAt: "min" | "max" | undefined;
}

/** As `boundedShares`, also saying which bound holds each unit (weight-0 units count as held at min). * @throws never (callers pass validated units)
 * @example
 * boundedSharesWithBounds(units, 4) // [{ share: 1, heldAt: "max" }, { share: 3, heldAt: undefined }]
 */
export function boundedSharesWithBounds(units: readonly CheckedUnit[], total: number): BoundedShare[] {
  const weighted = units.filter((unit) => unit.weight > 0);
  const breakpoints = Array.from(
    new Set(
      weighted.flatMap((unit) => [
        unit.min / unit.weight,
        ...(Number.isFinite(unit.max) ? [unit.max / unit.weight] : []),
      ]),
    ),
  ).sort((a, b) => a - b);
  const sumAt = (lambda: number): number =>
    sumInNameOrder(units, (unit) => Math.min(unit.max, Math.max(unit.min, lambda * unit.weight)));
  // A λ strictly inside the segment where Σ clamp(λ·weight) reaches the total classifies the units.
  let previous = 0;
  let probe: number | undefined;
  for (const point of breakpoints) {
    if (sumAt(point) >= total) {
      probe = (previous + point) / 2;
      break;
    }
    previous = point;
  }
  if (probe === undefined) probe = previous > 0 ? previous * 2 : 1;
  const at = probe;
  const state = units.map((unit) => {
    if (unit.weight === 0 || at * unit.weight < unit.min) return "min";
    return at * unit.weight > unit.max ? "max" : "free";
  });
  let fixedSum = 0;
  units.forEach((unit, i) => {
    if (state[i] !== "free") fixedSum += state[i] === "min" ? unit.min : unit.max;
  });
  const freeWeight = sumInNameOrder(
    units.filter((_, i) => state[i] === "free"),
    (unit) => unit.weight,
  );
  const rest = total - fixedSum;
  const zero = units.filter((unit) => unit.weight === 0);
  if (freeWeight === 0 && rest > 0 && zero.length > 0 && zero.length < units.length) {
    // Every weighted unit is at its maximum: the weight-0 units share what is left, equally.
    const weightedMax = units.reduce(
      (sum, unit, i) => sum + (unit.weight > 0 ? (state[i] === "min" ? unit.min : unit.max) : 0),
      0,
    );
    const equal = boundedSharesWithBounds(
      zero.map((unit) => ({ ...unit, weight: 1 })),
      total - weightedMax,
    );
    let next = 0;
    return units.map((unit, i) => {
      if (unit.weight === 0) return equal[next++]!;
      return { share: state[i] === "min" ? unit.min : unit.max, heldAt: state[i] === "min" ? "min" : "max" };
    });
  }
  return units.map((unit, i) => {
    if (state[i] === "min") return { share: unit.min, heldAt: "min" };
    if (state[i] === "max") return { share: unit.max, heldAt: "max" };
    return { share: (rest * unit.weight) / freeWeight, heldAt: undefined };
  });
}
