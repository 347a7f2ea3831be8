import { type PairwiseCsv, readPairwiseCsv, type WeightsCsvOptions } from "../data/weights-csv.ts";
import { InputError } from "../types.ts";
import { checkPairwiseMatrix } from "./pairwise-matrix.ts";

/**
 * Reads a bare pairwise comparison matrix from CSV text (`readPairwiseCsv`) and checks its judgements
 * (`checkPairwiseMatrix`): numbers or fractions such as 1/3 on Saaty's scale; cells below the diagonal
 * may be left empty (filled with reciprocals).
 *
 * @param text decoded CSV text (see `decodeText`)
 * @param options `file` names the file in problems
 * @returns the names and the cell texts, ready for `ahpWeights`
 * @throws {InputError} listing every problem with its file, row (as a spreadsheet numbers it) and
 *   column header: shape, row names out of order, and each bad judgement
 * @example
 * parsePairwiseCsv(",a,b\na,1,3\nb,1/3,1\n").matrix  // [["1", "3"], ["1/3", "1"]]
 */
export function parsePairwiseCsv(text: string, options: WeightsCsvOptions = {}): PairwiseCsv {
  const csv = readPairwiseCsv(text, options);
  const issues = checkPairwiseMatrix(csv.names, csv.matrix);
  if (issues.length > 0) {
    throw new InputError(
      issues.map((issue) => {
        const row = issue.row !== undefined ? csv.rows[issue.row] : undefined;
        const column = issue.column !== undefined ? csv.names[issue.column] : undefined;
        return {
          code: issue.code,
          ...(options.file !== undefined ? { file: options.file } : {}),
          ...(row !== undefined ? { row } : {}),
          ...(column !== undefined ? { column } : {}),
          ...(issue.found !== undefined ? { found: issue.found } : {}),
          message: issue.message,
        };
      }),
    );
  }
  return csv;
}
