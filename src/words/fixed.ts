/**
 * A number with at most `digits` decimals, no trailing zeros.
 * @example fixed(46.4312)    // "46.43"
 * @example fixed(0.5, 4)     // "0.5"
 */
export function fixed(value: number, digits = 2): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}
