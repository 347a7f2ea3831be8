import { isAlias, isNode, LineCounter, parseDocument, visit } from "yaml";
import type { z } from "zod";
import type { Bilingual, InputProblem } from "../types.ts";
import { aliasProblemMessage, badRangeMessage } from "../words/input-messages.ts";

/** At most this many aliases are expanded in one YAML file (the `yaml` package's own default): more is an alias bomb. */
export const MAX_YAML_ALIASES = 100;

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
        const column = error.linePos?.[0]?.col;
        return {
          code: "yaml-syntax",
          file,
          ...(line !== undefined ? { row: line } : {}),
          message: {
            // The parser's own (English) words stay out of the Chinese text; the line is the problem's row.
            zh: `YAML 语法错误${column !== undefined ? `（第${column}列附近）` : ""}：请检查缩进、冒号、括号和引号`,
            en: `YAML syntax error: ${error.message.split("\n")[0]}`,
          },
        };
      }),
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // The `yaml` package throws (ReferenceError) for an alias without its anchor and for an alias bomb.
    return { status: "problems", problems: [aliasProblem(doc, lineCounter, error, file)] };
  }
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
    const custom =
      issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return {
      code: typeof custom === "string" ? custom : `schema-${issue.code}`,
      file,
      path: path.join(".") || "(root)",
      ...(line !== undefined ? { row: line } : {}),
      ...(found !== undefined && typeof found !== "object" ? { found: String(found) } : {}),
      message: describeIssue(issue, found),
    };
  });
  return { status: "problems", problems };
}

/** The problem of an alias `toJS` refused: an undefined anchor (that alias's line) or too many aliases (the first). */
function aliasProblem(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  error: unknown,
  file: string,
): InputProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const unresolved = /Unresolved alias[^:]*:\s*(.+)$/.exec(detail)?.[1]?.trim();
  const aliases: { name: string; offset: number | undefined }[] = [];
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) aliases.push({ name: node.source, offset: node.range?.[0] });
    },
  });
  const at = unresolved !== undefined ? aliases.find((alias) => alias.name === unresolved) : aliases[0];
  const line = at?.offset !== undefined ? lineCounter.linePos(at.offset).line : undefined;
  const kind = unresolved !== undefined ? "undefined" : "too-many";
  return {
    code: kind === "undefined" ? "yaml-undefined-alias" : "yaml-alias-limit",
    file,
    ...(line !== undefined ? { row: line } : {}),
    ...(unresolved !== undefined ? { found: `*${unresolved}` } : {}),
    message: aliasProblemMessage(kind, unresolved ?? at?.name ?? "", MAX_YAML_ALIASES),
  };
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
    case "custom":
      if ((issue.params as { code?: unknown } | undefined)?.code === "bad-range")
        return badRangeMessage(JSON.stringify(found));
      {
        // a refinement may carry its own sentence in both languages (`params: { zh, en }`)
        const said = issue.params as { zh?: unknown; en?: unknown } | undefined;
        if (typeof said?.zh === "string" && typeof said.en === "string")
          return { zh: `${said.zh}，实为 ${shown}`, en: `${said.en}, found ${shown}` };
      }
      return {
        zh: `取值无效，实为 ${shown}`,
        en: `invalid value (${issue.message}), found ${shown}`,
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
