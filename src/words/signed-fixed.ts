import { fixed } from "./fixed.ts";

/**
 * A signed number with at most `digits` decimals and a true minus sign: "+7.83", "−2", "+0".
 * @example signedFixed(7.8312) // "+7.83"
 * @example signedFixed(-2)     // "−2"
 */
export function signedFixed(value: number, digits = 2): string {
  const text = fixed(Math.abs(value), digits);
  return value < 0 ? `−${text}` : `+${text}`;
}
