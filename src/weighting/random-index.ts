import type { Bilingual } from "../types.ts";

/**
 * Which published table of Saaty's random index RI is used for the consistency ratio CR = CI / RI.
 * - `saaty`: Saaty (1980/1987), n = 1..10. The classic table; the default.
 * - `alonso-lamata`: Alonso & Lamata (2006), n = 1..15, from 100,000 random matrices per size.
 * - `cn-textbook`: the n = 1..15 table printed in Chinese AHP teaching material (averages over
 *   1,000 random positive reciprocal matrices per order).
 */
export type RandomIndexTable = "saaty" | "alonso-lamata" | "cn-textbook";

/** One published random-index table. */
export interface RandomIndexSpec {
  readonly id: RandomIndexTable;
  readonly label: Bilingual;
  /** Short citation of where the values come from. */
  readonly source: string;
  /** RI by matrix size: `values[n - 1]` is RI for an n × n matrix. */
  readonly values: readonly number[];
}

/**
 * The random-index tables shipped, by id.
 *
 * Sources, and where the values were checked:
 * - saaty: T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill 1980; T. L. Saaty, "The
 *   analytic hierarchy process — what it is and how it is used", Mathematical Modelling 9 (1987)
 *   161–176. Values n = 1..10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 — as printed in
 *   the RI table of the IWA Publishing AHP method description (n = 1..8) and in the "Saaty" branch
 *   of the R function findRI (github, chillangri) for n = 1..10.
 * - alonso-lamata: J. A. Alonso & M. T. Lamata, "Consistency in the analytic hierarchy process: a
 *   new approach", Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4) (2006) 445–459.
 *   Values n = 3..15: 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141,
 *   1.5365, 1.5551, 1.5713, 1.5838 — identical in two independent implementations (the R function
 *   findRI above, and a mathjs-based JavaScript AHP tool for n = 3..9).
 * - cn-textbook: n = 1..15: 0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56,
 *   1.58, 1.59, the table Chinese AHP courses print as "1–15 阶正互反矩阵计算 1000 次得到的平均随机
 *   一致性指标" (seen in lecture notes on jinchutou.com and in many published course programs,
 *   e.g. the MATLAB listing on coloradmin.cn). Its original author is not confirmed here.
 */
export const RANDOM_INDEX_TABLES: Readonly<Record<RandomIndexTable, RandomIndexSpec>> = {
  saaty: {
    id: "saaty",
    label: { zh: "Saaty（1980）随机一致性指标表", en: "Saaty (1980) random index table" },
    source:
      "T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980; Mathematical Modelling 9 (1987) 161-176",
    values: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49],
  },
  "alonso-lamata": {
    id: "alonso-lamata",
    label: { zh: "Alonso–Lamata（2006）随机一致性指标表", en: "Alonso & Lamata (2006) random index table" },
    source:
      "J. A. Alonso, M. T. Lamata, Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4) (2006) 445-459",
    values: [
      0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713,
      1.5838,
    ],
  },
  "cn-textbook": {
    id: "cn-textbook",
    label: {
      zh: "国内教材常用 1–15 阶平均随机一致性指标表（每阶 1000 个随机矩阵）",
      en: "1–15 table used in Chinese textbooks (1,000 random matrices per order)",
    },
    source: "table of average random consistency indices for orders 1-15 printed in Chinese AHP textbooks",
    values: [0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
  },
};

/** The ids of the shipped tables, in a fixed order (for messages and CLI help). */
export const RANDOM_INDEX_IDS: readonly RandomIndexTable[] = ["saaty", "alonso-lamata", "cn-textbook"];

/**
 * The random index RI for an n × n pairwise comparison matrix from one published table.
 * RI is 0 for n = 1 and n = 2 (every such reciprocal matrix is consistent).
 *
 * @param n matrix size, a whole number >= 1
 * @param table which table (default "saaty")
 * @returns RI
 * @throws {RangeError} when n is not a whole number >= 1, when the table id is unknown, or when
 *   the table has no value for n (Saaty's covers n <= 10; the others n <= 15)
 * @example
 * randomIndex(4)                   // 0.9
 * randomIndex(4, "alonso-lamata")  // 0.8815
 */
export function randomIndex(n: number, table: RandomIndexTable = "saaty"): number {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`invalid matrix size ${n}: expected a whole number >= 1`);
  const spec = RANDOM_INDEX_TABLES[table];
  if (spec === undefined) {
    throw new RangeError(
      `unknown random index table "${table}": expected one of ${RANDOM_INDEX_IDS.join(", ")}`,
    );
  }
  const value = spec.values[n - 1];
  if (value === undefined) {
    throw new RangeError(
      `the ${table} random index table covers matrices up to ${spec.values.length} × ${spec.values.length}, not ${n} × ${n}; use "alonso-lamata" or "cn-textbook" (up to 15)`,
    );
  }
  return value;
}

/**
 * Writes an RI value as its table prints it: at least two decimals ("0.90", "1.12", "0.8815").
 *
 * @param ri a random index value
 * @returns the text
 * @throws never
 * @example
 * formatRandomIndex(0.9)     // "0.90"
 * formatRandomIndex(0.8815)  // "0.8815"
 */
export function formatRandomIndex(ri: number): string {
  return Number(ri.toFixed(2)) === ri ? ri.toFixed(2) : String(ri);
}
