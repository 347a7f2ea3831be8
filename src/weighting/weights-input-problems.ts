import { InputError, type InputProblem } from "../types.ts";
import { type AhpResult, ahpWeights } from "./ahp.ts";
import { type CriticResult, criticWeights } from "./critic.ts";
import { type EntropyNormalisation, type EntropyResult, entropyWeights } from "./entropy.ts";
import type { DirectionMap, IndicatorTable } from "./indicator-table.ts";
import type { JudgementMatrix } from "./pairwise-matrix.ts";
import { RANDOM_INDEX_TABLES, type RandomIndexTable } from "./random-index.ts";

/**
 * The cost indicators a caller lists (e.g. `--cost a,b`) as a direction map, after checking that the
 * table has each of them.
 *
 * @param table the indicator table
 * @param cost names of cost (smaller-is-better) indicators
 * @param file the table's file, for messages
 * @param listedBy what listed the names, shown in messages (default "--cost")
 * @returns `{ name: "cost" }` for each listed name
 * @throws {InputError} naming each listed name the table does not have, with the names it has
 * @example
 * costDirections(table, ["距县城里程"], "townships.csv")  // { 距县城里程: "cost" }
 */
export function costDirections(
  table: IndicatorTable,
  cost: readonly string[],
  file: string,
  listedBy = "--cost",
): Record<string, "cost"> {
  const unknown = cost.filter((name) => !table.indicators.includes(name));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((name) => ({
        code: "unknown-indicator",
        file,
        column: name,
        found: name,
        message: {
          zh: `${listedBy} 列出的“${name}”不是数据表中的指标：应为 ${table.indicators.join("、")} 之一`,
          en: `${listedBy} names "${name}", which is not an indicator of the table: expected one of ${table.indicators.join(", ")}`,
        },
      })),
    );
  }
  return Object.fromEntries(cost.map((name) => [name, "cost" as const]));
}

/**
 * Checks that a random-index table covers the size of a matrix (Saaty's stops at 10), in both languages,
 * before `ahpWeights` would refuse it.
 *
 * @param n number of criteria
 * @param table the random-index table
 * @param file the matrix's file, for messages
 * @throws {InputError} when the table stops below n, pointing to the tables that reach 15
 * @example
 * checkRandomIndexCovers(11, "saaty", "m.csv")
 * // throws InputError "matrix-too-large": "the matrix has 11 criteria but the Saaty (1980) random index table stops at 10: use --ri alonso-lamata or --ri cn-textbook (up to 15), or fewer criteria"
 */
export function checkRandomIndexCovers(n: number, table: RandomIndexTable, file: string): void {
  const size = RANDOM_INDEX_TABLES[table].values.length;
  if (n <= size) return;
  throw new InputError([
    {
      code: "matrix-too-large",
      file,
      found: String(n),
      message: {
        zh: `判断矩阵有 ${n} 个指标，而 ${RANDOM_INDEX_TABLES[table].label.zh}只到 ${size} 阶：请用 --ri alonso-lamata 或 --ri cn-textbook（到 15 阶），或减少指标`,
        en: `the matrix has ${n} criteria but the ${RANDOM_INDEX_TABLES[table].label.en} stops at ${size}: use --ri alonso-lamata or --ri cn-textbook (up to 15), or fewer criteria`,
      },
    },
  ]);
}

/**
 * Data conditions the objective methods need, in both languages with the township and column, before
 * `entropyWeights` / `criticWeights` would refuse the table: `sum` proportions need values >= 0 (> 0 for a
 * cost indicator); entropy needs one indicator that varies, CRITIC two.
 *
 * @param table the indicator table
 * @param method "entropy" or "critic"
 * @param normalise the entropy proportions (ignored for CRITIC)
 * @param directions directions by name (others benefit)
 * @param file the table's file, for messages
 * @throws {InputError} with every problem found
 * @example
 * checkObjectiveData(flat, "entropy", "minmax", {}, "flat.csv")
 * // throws InputError "no-variation": "no indicator varies across the alternatives: the entropy method cannot derive weights"
 */
export function checkObjectiveData(
  table: IndicatorTable,
  method: "entropy" | "critic",
  normalise: EntropyNormalisation,
  directions: DirectionMap,
  file: string,
): void {
  const problems: InputProblem[] = [];
  const varying = table.indicators.filter((_, j) => {
    const column = table.values.map((row) => row[j]!);
    return column.some((v) => v !== column[0]);
  });
  if (method === "entropy" && normalise === "sum") {
    table.indicators.forEach((indicator, j) => {
      const cost = directions[indicator] === "cost";
      table.values.forEach((row, i) => {
        const x = row[j]!;
        if (cost ? x <= 0 : x < 0) {
          problems.push({
            code: "not-positive",
            file,
            column: indicator,
            found: String(x),
            message: {
              zh: `“${table.names[i]}”的“${indicator}”为 ${x}：sum 方式要求${cost ? "成本型指标的值大于 0（取倒数）" : "值不小于 0"}；此类数据请用 --normalise minmax`,
              en: `"${indicator}" of "${table.names[i]}" is ${x}: the sum form needs ${cost ? "values > 0 for a cost indicator (reciprocals are used)" : "values >= 0"}; use --normalise minmax for such data`,
            },
          });
        }
      });
    });
  }
  if (method === "entropy" && varying.length === 0) {
    problems.push({
      code: "no-variation",
      file,
      message: {
        zh: "所有指标在各乡镇间都没有差异：熵权法无法确定权重",
        en: "no indicator varies across the alternatives: the entropy method cannot derive weights",
      },
    });
  }
  if (method === "critic" && varying.length < 2) {
    problems.push({
      code: "no-variation",
      file,
      message: {
        zh: `只有 ${varying.length} 个指标在各乡镇间有差异：CRITIC 法至少需要 2 个`,
        en: `only ${varying.length} indicator(s) vary across the alternatives: CRITIC needs at least 2`,
      },
    });
  }
  if (problems.length > 0) throw new InputError(problems);
}

/**
 * AHP weights of a matrix read from a file, after `checkRandomIndexCovers`: the refusal of a matrix the
 * table does not cover comes in both languages, naming the file.
 *
 * @param csv the matrix (see `parsePairwiseCsv`)
 * @param randomIndex the random-index table (default "saaty")
 * @param file the matrix's file, for messages
 * @returns the `ahpWeights` result
 * @throws {InputError} when the table does not cover the matrix
 * @example
 * matrixWeights(parsePairwiseCsv(text, { file }), "alonso-lamata", file).cr // 0.0448 for leader-criteria.csv (CI 0.0395 / RI 0.8815)
 */
export function matrixWeights(
  csv: { readonly names: readonly string[]; readonly matrix: JudgementMatrix },
  randomIndex: RandomIndexTable | undefined,
  file: string,
): AhpResult {
  checkRandomIndexCovers(csv.names.length, randomIndex ?? "saaty", file);
  return ahpWeights(csv.names, csv.matrix, { randomIndex: randomIndex ?? "saaty" });
}

/**
 * Entropy or CRITIC weights of a table read from a file, after `checkObjectiveData`: data the method
 * cannot use is refused in both languages with the township and column.
 *
 * @param table the indicator table
 * @param method "entropy" or "critic"
 * @param normalise the entropy proportions (CRITIC always uses min-max)
 * @param directions directions by name (others benefit)
 * @param file the table's file, for messages
 * @returns the method's result with its intermediate values
 * @throws {InputError} when the data does not suit the method
 * @example
 * objectiveWeights(table, "entropy", "minmax", { 距县城里程: "cost" }, "townships.csv").weights
 * // [0.2995, 0.1822, 0.3345, 0.1838] (test/fixtures/weights/townships.csv: 人口, 面积, 地区生产总值, 距县城里程)
 */
export function objectiveWeights(
  table: IndicatorTable,
  method: "entropy" | "critic",
  normalise: EntropyNormalisation,
  directions: DirectionMap,
  file: string,
): EntropyResult | CriticResult {
  checkObjectiveData(table, method, normalise, directions, file);
  return method === "entropy"
    ? entropyWeights(table, { normalise, directions })
    : criticWeights(table, { directions });
}
