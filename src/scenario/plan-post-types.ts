import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { InputProblem, PostType } from "../types.ts";
import { perTypeKeyAtTopMessage } from "../words/plan-messages.ts";
import { PER_TYPE_KEYS } from "./scenario-schema.ts";

/** The post types of a plan, in the order they are run and reported. */
export const PLAN_POST_TYPES: readonly PostType[] = ["admin", "institution", "leader"];

/**
 * The per-type keys a plan file's text writes at its top level, as problems with their line: `postType: admin` or
 * `method: lp` written beside `postTypes` are refused too (once parsed they cannot be told from the defaults).
 */
export function perTypeKeysAtTop(text: string, source: string): InputProblem[] {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  } catch {
    return [];
  }
  if (!isMap(doc.contents)) return [];
  const keys = new Map<string, number | undefined>();
  for (const pair of doc.contents.items)
    if (isScalar(pair.key) && typeof pair.key.value === "string")
      keys.set(pair.key.value, pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : undefined);
  if (!keys.has("postTypes")) return [];
  return PER_TYPE_KEYS.filter((key) => keys.has(key)).map((key) => {
    const row = keys.get(key);
    return {
      code: "per-type-key-at-top",
      file: source,
      path: key,
      ...(row !== undefined ? { row } : {}),
      message: perTypeKeyAtTopMessage(key),
    };
  });
}
