import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { Bilingual, InputProblem } from "../types.ts";

/** A YAML/JSON file checked against a schema: the typed value, or every problem found with its key path and line. */
export type ParsedFile<T> =
  | { readonly status: "parsed"; readonly value: T }
  | { readonly status: "problems"; readonly problems: InputProblem[] };

/**
 * Parses YAML (or JSON, a subset of YAML) text and validates it against a zod schema.
 * Problems carry the file, the key path ("overrides.floors.general") and the line of that key.
 * @example parseYamlFile("name: x", scenarioFile, "baseline.yaml")
 */
export function parseYamlFile<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
): ParsedFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      status: "problems",
      problems: doc.errors.map((error) => {
        const line = error.linePos?.[0]?.line;
        return {
          code: "yaml-syntax",
          file,
          ...(line !== undefined ? { row: line } : {}),
          message: {
            zh: `YAML 语法错误：${error.message.split("\n")[0]}`,
            en: `YAML syntax error: ${error.message.split("\n")[0]}`,
          },
        };
      }),
    };
  }
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined) {
    return {
      status: "problems",
      problems: [{ code: "empty-file", file, message: { zh: "文件为空", en: "the file is empty" } }],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { status: "parsed", value: result.data };
  const problems = result.error.issues.map((issue): InputProblem => {
    const path = issue.path.map(String);
    const node = path.length > 0 ? doc.getIn(issue.path as (string | number)[], true) : undefined;
    const offset = isNode(node) ? node.range?.[0] : undefined;
    const line = offset !== undefined ? lineCounter.linePos(offset).line : undefined;
    const found = valueAt(raw, issue.path);
    return {
      code: `schema-${issue.code}`,
      file,
      path: path.join(".") || "(root)",
      ...(line !== undefined ? { row: line } : {}),
      ...(found !== undefined && typeof found !== "object" ? { found: String(found) } : {}),
      message: describeIssue(issue, found),
    };
  });
  return { status: "problems", problems };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): Bilingual {
  const shown = found === undefined ? undefined : JSON.stringify(found);
  switch (issue.code) {
    case "unrecognized_keys":
      return {
        zh: `未知的键：${issue.keys.join("、")}（请检查拼写）`,
        en: `unknown key${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")} (check the spelling)`,
      };
    case "invalid_type":
      if (found === undefined)
        return {
          zh: `缺少必填项（应为${typeZh(issue.expected)}）`,
          en: `missing: expected ${typeEn(issue.expected)}`,
        };
      return {
        zh: `应为${typeZh(issue.expected)}，实为 ${shown}`,
        en: `expected ${typeEn(issue.expected)}, found ${shown}`,
      };
    case "too_small":
      return {
        zh: `应${issue.inclusive ? "不小于" : "大于"} ${String(issue.minimum)}，实为 ${shown}`,
        en: `expected ${issue.inclusive ? ">=" : ">"} ${String(issue.minimum)}, found ${shown}`,
      };
    case "too_big":
      return {
        zh: `应${issue.inclusive ? "不大于" : "小于"} ${String(issue.maximum)}，实为 ${shown}`,
        en: `expected ${issue.inclusive ? "<=" : "<"} ${String(issue.maximum)}, found ${shown}`,
      };
    case "invalid_value":
      return {
        zh: `应为以下之一：${issue.values.map((v) => JSON.stringify(v)).join("、")}，实为 ${shown}`,
        en: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${shown}`,
      };
    case "invalid_union":
      return {
        zh: `取值形式不符合要求，实为 ${shown}`,
        en: `value does not have an accepted form, found ${shown}`,
      };
    case "not_multiple_of":
      return { zh: `应为整数，实为 ${shown}`, en: `expected a whole number, found ${shown}` };
    default:
      return {
        zh: `取值无效（${issue.message}），实为 ${shown}`,
        en: `invalid value (${issue.message}), found ${shown}`,
      };
  }
}

function typeEn(expected: string): string {
  return expected === "int" ? "a whole number" : expected;
}

function typeZh(expected: string): string {
  const names: Record<string, string> = {
    number: "数字",
    string: "文本",
    boolean: "true/false",
    object: "键值表",
    array: "列表",
    int: "整数",
    tuple: "列表",
  };
  return names[expected] ?? expected;
}
