/**
 * A signed whole number with a true minus sign: "+3", "−2", "0".
 * @example signedInt(3)  // "+3"
 * @example signedInt(-2) // "−2"
 */
export function signedInt(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0";
}
