import { type CountyData, type DutyWorkload, InputError } from "../types.ts";
import { DUTY_MESSAGES } from "../words/duty-messages.ts";
import { DUTY_WORKLOAD_COLUMN } from "./duty-workload.ts";

/**
 * The county table with the duties workload (R13) as one more numeric column, `dutyWorkload` (person-days per year),
 * so that a model may weight it like any other indicator (normalised as the model says). The input is not changed.
 * @throws {InputError} when the table already has a column of that name.
 * @example dataWithDutyWorkload(data, duties).columns.includes("dutyWorkload") // true
 */
export function dataWithDutyWorkload(data: CountyData, duties: DutyWorkload): CountyData {
  if (data.columns.includes(DUTY_WORKLOAD_COLUMN)) {
    throw new InputError([
      {
        code: "duty-column-taken",
        file: data.source,
        column: DUTY_WORKLOAD_COLUMN,
        place: { zh: "列“承接事项工作量”", en: `column "${DUTY_WORKLOAD_COLUMN}"` },
        message: DUTY_MESSAGES.columnTaken(data.source),
      },
    ]);
  }
  return {
    ...data,
    columns: [...data.columns, DUTY_WORKLOAD_COLUMN],
    townships: data.townships.map((township, j) => ({
      ...township,
      values: { ...township.values, [DUTY_WORKLOAD_COLUMN]: duties.townships[j]!.workload },
    })),
  };
}
