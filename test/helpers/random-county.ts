import fc from "fast-check";
import { parseModel } from "../../src/scenario/resolve-model.ts";
import type { ScenarioFile } from "../../src/scenario/scenario-schema.ts";
import { CATEGORIES, type CountyData, type Township } from "../../src/types.ts";

// Random counties for the property tests of whole runs (test/scenario-properties.test.ts,
// test/explain-county-story.test.ts): 3–30 townships, a county seat first, populations and areas drawn at random,
// today's posts 15–45, and random settings (transfer, reserve share, band, ordering).

/**
 * The model of the random counties: population and area (square roots, min-max onto [0.2, 1]), the county seat ×1.3
 * and central towns ×1.2; `extraCategories` adds category lines (YAML, indented two spaces), e.g. a general coefficient.
 */
export function randomCountyModel(extraCategories = "", source = "random.yaml") {
  return parseModel(
    `name: random
factors:
  - id: population
    weight: 0.6
    indicators: [{ id: population, column: population, transform: sqrt, range: [0.2, 1] }]
  - id: area
    weight: 0.4
    indicators: [{ id: area, column: areaKm2, transform: sqrt, range: [0.2, 1] }]
categories:
  countySeat: { coefficient: 1.3 }
  central: { coefficient: 1.2 }
${extraCategories}`,
    source,
  );
}

export const model = randomCountyModel();

export const county = fc
  .array(
    fc.record({
      population: fc.integer({ min: 3000, max: 250000 }),
      area: fc.integer({ min: 20, max: 800 }),
      posts: fc.integer({ min: 15, max: 45 }),
      category: fc.integer({ min: 1, max: 4 }),
    }),
    { minLength: 3, maxLength: 30 },
  )
  .map(
    (rows): CountyData => ({
      source: "random.csv",
      notices: [],
      columns: ["population", "areaKm2", "adminPosts"],
      townships: rows.map(
        (r, j): Township => ({
          id: `T${j}`,
          name: `T${j}`,
          category: j === 0 ? "countySeat" : CATEGORIES[r.category]!,
          population: r.population,
          areaKm2: r.area,
          adminPosts: r.posts,
          values: { population: r.population, areaKm2: r.area, adminPosts: r.posts },
        }),
      ),
    }),
  );

export const settings = fc.record({
  transferDown: fc.integer({ min: 0, max: 40 }),
  reserveShare: fc.constantFrom(0, 0.02, 0.05),
  maxCut: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  ordering: fc.boolean(),
});

/** The scenario file of one draw of `settings`, LP method. */
export function randomScenarioFile(s: {
  readonly transferDown: number;
  readonly reserveShare: number;
  readonly maxCut: number | undefined;
  readonly ordering: boolean;
}): ScenarioFile {
  return {
    name: "random",
    data: "random.csv",
    model: "random.yaml",
    postType: "admin",
    transferDown: s.transferDown,
    reserve: { share: s.reserveShare },
    ...(s.maxCut !== undefined ? { band: { maxCut: s.maxCut } } : {}),
    overrides: { ordering: s.ordering },
    method: "lp",
    acceptInconsistent: false,
    solver: "auto",
    timeLimitSeconds: 30,
  };
}
