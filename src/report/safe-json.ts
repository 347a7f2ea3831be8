/** Characters JSON.stringify leaves raw that a terminal or an editor may act on: DEL, C1, bidi controls, LS, PS. */
const RAW = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
/** RAW, not global: whether there is any. */
const ANY_RAW = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

/**
 * `JSON.stringify` with two-space indent and a trailing newline, and DEL, C1 controls, bidirectional controls and
 * line/paragraph separators written as `\uXXXX` escapes (the same value when parsed; JSON.stringify already
 * escapes C0 controls such as ESC), so JSON printed to a terminal cannot carry live control bytes.
 * @example safeJson({ name: "a\u202Eb" }) // '{\n  "name": "a\\u202eb"\n}\n'
 */
export function safeJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // one scan without a copy when there is nothing to escape (a whole country's result is 100 MB of JSON)
  const text = ANY_RAW.test(json)
    ? json.replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : json;
  return `${text}\n`;
}
