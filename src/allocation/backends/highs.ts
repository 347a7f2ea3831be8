import type { Highs, InitOptions } from "highs";
import * as highsNamespace from "highs";
import { HIGHS_MAX_COLUMNS } from "../../policy.ts";
import type { LinearModel } from "../linear-model.ts";
import { modelViolation } from "../model-violation.ts";
import type { BackendSolution } from "./solution.ts";

// The package's types describe its CommonJS face; under ESM (Node and Vite) the loader is the default export.
const highsLoader = (highsNamespace as unknown as { default: (options?: InitOptions) => Promise<Highs> })
  .default;

type HighsInstance = Highs;
let loading: Promise<HighsInstance> | undefined;

/**
 * Loads the HiGHS WASM module once per process (or page). In a browser, pass `locateFile` for the .wasm URL.
 * @example await loadHighs()
 */
export function loadHighs(options?: InitOptions): Promise<HighsInstance> {
  loading ??= highsLoader(options);
  return loading;
}

/** Formats a number for the CPLEX LP format without loss (JS shortest round-trip form). */
function num(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

/**
 * Writes a LinearModel in the CPLEX LP text format that HiGHS reads. Terms are wrapped a few per line.
 * @example toLpFormat({ variables: [...], constraints: [...], offset: 0 })
 */
export function toLpFormat(model: LinearModel): string {
  const lines: string[] = ["Minimize"];
  const objectiveTerms = model.variables
    .filter((v) => v.cost !== 0)
    .map((v) => `${signed(v.cost)} ${v.name}`);
  lines.push(
    ...wrap(" obj:", objectiveTerms.length > 0 ? objectiveTerms : [`0 ${model.variables[0]?.name ?? "x"}`]),
  );
  lines.push("Subject To");
  for (const row of model.constraints) {
    const terms = row.terms.map((t) => `${signed(t.coefficient)} ${t.variable}`);
    if (row.lower === row.upper) {
      lines.push(...wrap(` ${row.name}:`, terms), `  = ${num(row.lower)}`);
    } else {
      if (Number.isFinite(row.lower))
        lines.push(...wrap(` ${row.name}_lo:`, terms), `  >= ${num(row.lower)}`);
      if (Number.isFinite(row.upper))
        lines.push(...wrap(` ${row.name}_up:`, terms), `  <= ${num(row.upper)}`);
    }
  }
  lines.push("Bounds");
  for (const v of model.variables) {
    const lower = Number.isFinite(v.lower) ? num(v.lower) : "-inf";
    const upper = Number.isFinite(v.upper) ? num(v.upper) : "+inf";
    lines.push(` ${lower} <= ${v.name} <= ${upper}`);
  }
  const integers = model.variables.filter((v) => v.integer).map((v) => v.name);
  if (integers.length > 0) lines.push("General", ...wrap("", integers));
  lines.push("End");
  return `${lines.join("\n")}\n`;
}

function signed(value: number): string {
  return value < 0 ? `- ${num(-value)}` : `+ ${num(value)}`;
}

function wrap(head: string, items: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += 8)
    out.push(`${i === 0 ? head : " "} ${items.slice(i, i + 8).join(" ")}`);
  return out.length > 0 ? out : [head];
}

/**
 * Solves a LinearModel with HiGHS (a fresh native solver per call, disposed by the library).
 * Infeasible, unbounded and time-limited are statuses, not exceptions; a time-out is never "optimal" and names its
 * cap (`cap: { kind: "timeLimit" }`), and is `feasible` only when the values it carries satisfy the model
 * (`modelViolation`; otherwise `timedOut`: HiGHS stopped before it found a solution); a model with more than `maxColumns` variables (default HIGHS_MAX_COLUMNS) is
 * status `error` naming that cap, without a solve.
 * @example await solveWithHighs(model, { timeLimitSeconds: 30, relativeGap: 0 })
 */
export async function solveWithHighs(
  model: LinearModel,
  options: { readonly timeLimitSeconds: number; readonly relativeGap?: number; readonly maxColumns?: number },
): Promise<BackendSolution> {
  const maxColumns = options.maxColumns ?? HIGHS_MAX_COLUMNS;
  if (model.variables.length > maxColumns)
    return {
      status: "error",
      provenOptimal: false,
      detail: `HiGHS: ${model.variables.length} variables, more than the cap of ${maxColumns}`,
      cap: { kind: "size", unit: "columns", size: model.variables.length, limit: maxColumns },
    };
  const highs = await loadHighs();
  const hasIntegers = model.variables.some((v) => v.integer);
  let result: ReturnType<HighsInstance["solve"]>;
  try {
    result = highs.solve(toLpFormat(model), {
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      ...(hasIntegers ? { mip_rel_gap: options.relativeGap ?? 0, mip_abs_gap: 1e-9 } : {}),
    });
  } catch (error) {
    return { status: "error", provenOptimal: false, detail: `HiGHS: ${(error as Error).message}` };
  }
  const values = (): Record<string, number> =>
    Object.fromEntries(Object.entries(result.Columns).map(([name, column]) => [name, column.Primal]));
  switch (result.Status) {
    case "Optimal":
      return {
        status: "optimal",
        provenOptimal: true,
        values: values(),
        objective: result.ObjectiveValue,
        detail: result.Status,
      };
    case "Infeasible":
      return { status: "infeasible", provenOptimal: false, detail: result.Status };
    case "Unbounded":
    case "Primal infeasible or unbounded":
      return { status: "unbounded", provenOptimal: false, detail: result.Status };
    case "Time limit reached":
    case "Iteration limit reached": {
      // A limit status may carry no solution at all: HiGHS then reports every column as 0, whatever its bounds
      // (seen at 38,000 townships: "T00001: 0 below lower bound 42"). Only values that satisfy the model count.
      const found = Object.keys(result.Columns).length > 0 ? values() : undefined;
      const cap =
        result.Status === "Time limit reached"
          ? { cap: { kind: "timeLimit", seconds: options.timeLimitSeconds } as const }
          : {};
      return found !== undefined && modelViolation(model, found) === null
        ? {
            status: "feasible",
            provenOptimal: false,
            values: found,
            objective: result.ObjectiveValue,
            detail: result.Status,
            ...cap,
          }
        : { status: "timedOut", provenOptimal: false, detail: result.Status, ...cap };
    }
    default:
      return { status: "error", provenOptimal: false, detail: `HiGHS: ${result.Status}` };
  }
}
