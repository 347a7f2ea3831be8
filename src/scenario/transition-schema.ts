// The scenario's `transition` block (R12): a multi-year path from today's posts to the run's allocation.
import { z } from "zod";
import type { InputProblem, TransitionSpec } from "../types.ts";
import { yearTotalsLengthMessage } from "../words/transition-labels.ts";

/** The most years a transition may take. */
export const TRANSITION_MAX_YEARS = 50;

export const transitionBlock = z
  .strictObject({
    years: z.number().int().min(1).max(TRANSITION_MAX_YEARS).describe("Years the path takes, 1–50"),
    maxChangePerYear: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("Most posts a township may gain or lose in one year"),
    maxChangeShare: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe("Most change in one year as a share of today's posts, rounded down to whole posts"),
    yearTotals: z
      .array(z.number().int().nonnegative())
      .optional()
      .describe(
        "Posts allocated to the townships at the end of each year, one per year; default linear from today's total to the run's, rounded half away from today's",
      ),
    noCuts: z.boolean().default(false).describe("No township loses a post in any year"),
  })
  .describe("Multi-year transition path (R12)");

export type TransitionBlock = z.infer<typeof transitionBlock>;

/**
 * What the schema cannot say about a transition block: one year total per year.
 * @example transitionProblems({ years: 3, yearTotals: [500, 510], noCuts: false }, "a.yaml") // one problem at transition.yearTotals
 */
export function transitionProblems(block: TransitionBlock | undefined, source: string): InputProblem[] {
  if (block?.yearTotals === undefined || block.yearTotals.length === block.years) return [];
  return [
    {
      code: "transition-year-totals",
      file: source,
      path: "transition.yearTotals",
      found: String(block.yearTotals.length),
      message: yearTotalsLengthMessage(block.years, block.yearTotals.length),
    },
  ];
}

/** The block as the domain type (absent keys left out). */
export function transitionSpec(block: TransitionBlock): TransitionSpec {
  return {
    years: block.years,
    ...(block.maxChangePerYear !== undefined ? { maxChangePerYear: block.maxChangePerYear } : {}),
    ...(block.maxChangeShare !== undefined ? { maxChangeShare: block.maxChangeShare } : {}),
    ...(block.yearTotals !== undefined ? { yearTotals: block.yearTotals } : {}),
    noCuts: block.noCuts,
  };
}
