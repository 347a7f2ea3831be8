// The result of a province (or city) run: what `runProvince` returns and the province reports read.

import type { Conflict } from "../allocation/problem.ts";
import type { Bilingual } from "../types.ts";
import type { ScenarioResult } from "./result.ts";

/** How one county's total was split from the province's (split by index only). */
export interface CountySplit {
  /** The county's share of the province's posts to allocate by Σ index × coefficient of its townships, posts. */
  readonly target: number;
  /** At least: its townships' lower bounds (with the ordering chain's least need) and today's posts (R2). */
  readonly lower: number;
  /** At most: its townships' upper bounds (null for none). */
  readonly upper: number | null;
  /** The split's step in words. */
  readonly reason: Bilingual;
}

/** One county of a province run: its total and the county's own run with it. */
export interface CountyRun {
  readonly county: string;
  /** How many townships the county has in the table. */
  readonly townships: number;
  /** The county's total of the post type: as given, or its share of the split. */
  readonly total: number;
  /** With `counties: { split: index }` (the default). */
  readonly split?: CountySplit;
  /**
   * The county's run, exactly as the county's own scenario with this total would give it (index normalised across the
   * county, its own checks R2, R3, R8, its own reasons); infeasible with its diagnosis while the others are solved.
   */
  readonly result: ScenarioResult;
}

/** What a province run gives: the province's totals, how the counties got theirs, each county's run. */
export interface ProvinceResult {
  readonly scenario: ScenarioResult["scenario"];
  /** How the weights were obtained, once for the province. */
  readonly weighting: ScenarioResult["weighting"];
  readonly totals: {
    /** Today's posts over the province. */
    readonly current: number;
    /** The province's total, its reserve and what the counties share. */
    readonly total: number;
    readonly totalRule: Bilingual;
    readonly reserve: number;
    readonly reserveRule: Bilingual;
    readonly toAllocate: number;
    /** How the counties got their totals (given or split by index). */
    readonly countyRule: Bilingual;
    /** Σ of the townships' new posts over the solved counties; null when no county was solved. */
    readonly allocated: number | null;
  };
  /**
   * `solved`: every county solved; `infeasible`: the split among the counties, or at least one county, has no
   * solution (the others are solved); `no-solution`: a solver stopped without an allocation in some county.
   */
  readonly status: "solved" | "infeasible" | "no-solution";
  /** Why the counties could not be given totals (split by index); empty otherwise. */
  readonly conflicts: readonly Conflict[];
  /** In the order the counties first appear in the data; empty when the split itself is infeasible. */
  readonly counties: readonly CountyRun[];
  /**
   * Set by `provinceCounty` when the result is cut to one county: that county, and the whole province's counts (the
   * totals above stay the province's), so a report of one county still says what it is a part of.
   */
  readonly only?: {
    readonly county: string;
    readonly counties: number;
    readonly townships: number;
    readonly solved: number;
    readonly infeasible: number;
  };
}
