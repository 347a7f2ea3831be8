import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apportion } from "../src/allocation/apportion/apportion.ts";
import { apportionByDivisor } from "../src/allocation/apportion/divisor.ts";
import { priorityValue } from "../src/allocation/apportion/signposts.ts";
import { apportionSweep } from "../src/allocation/apportion/sweep.ts";
import type {
  ApportionMethod,
  ApportionOk,
  ApportionOptions,
  ApportionResult,
  ApportionUnit,
} from "../src/allocation/apportion/types.ts";
import { withinQuota } from "../src/allocation/apportion/within-quota.ts";

/** A fixture: units, expected allocations by name, and where each number comes from (see `sources`). */
interface Fixture {
  readonly description: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly units: readonly ApportionUnit[];
  readonly expected: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

function load(name: string): Fixture {
  return JSON.parse(
    readFileSync(new URL(`./fixtures/apportion/${name}`, import.meta.url), "utf8"),
  ) as Fixture;
}

function ok(result: ApportionResult): ApportionOk {
  if (result.status !== "ok") throw new Error(`expected an allocation, got: ${result.diagnosis.en}`);
  return result;
}

function allocation(result: ApportionResult): Record<string, number> {
  return Object.fromEntries(ok(result).units.map((unit) => [unit.name, unit.allocated]));
}

function run(
  units: readonly ApportionUnit[],
  total: number,
  method: ApportionMethod,
  options?: ApportionOptions,
) {
  return ok(apportion(units, total, method, options));
}

const withMinimum = (units: readonly ApportionUnit[], min: number): ApportionUnit[] =>
  units.map((unit) => ({ name: unit.name, weight: unit.weight, min }));

describe("US House after the 1790 census (fixture us-1790.json)", () => {
  const f = load("us-1790.json");

  it("apportion(states, 105, 'jefferson') gives the seats of the Apportionment Act of 1792", () => {
    // Expected: 1 Stat. 253 (14 April 1792), seats listed state by state.
    expect(allocation(apportion(f.units, 105, "jefferson"))).toEqual(f.expected.jefferson105);
  });

  it("apportion(states, 105, 'jefferson') admits the Act's ratio of one member per 33,000 as its divisor", () => {
    // 1 Stat. 253: "a ratio of one member for every thirty-three thousand persons in each state".
    const { divisor } = run(f.units, 105, "jefferson");
    expect(divisor!.low).toBeLessThanOrEqual(33000);
    expect(divisor!.high).toBeGreaterThan(33000);
    expect(divisor!.nice).toBe(33000);
    // The divisor form at exactly 33,000: ⌊630,560 / 33,000⌋ = 19 for Virginia, and so on.
    const byDivisor = apportionByDivisor(f.units, 105, "jefferson");
    expect(byDivisor.status).toBe("ok");
    if (byDivisor.status === "ok") {
      expect(Object.fromEntries(byDivisor.allocation.map((a) => [a.name, a.allocated]))).toEqual(
        f.expected.jefferson105,
      );
    }
  });

  it("apportion(states, 120, 'hamilton') gives the bill Washington vetoed on 5 April 1792", () => {
    // Expected: the vetoed bill (Trumbull to Adams, 5 April 1792); Tannenbaum, Example 6, shows it is Hamilton's method.
    expect(allocation(apportion(f.units, 120, "hamilton"))).toEqual(f.expected.hamilton120);
  });

  it("apportion(states, 120, 'hamilton') hands the 9 leftover seats out in the order of Tannenbaum's table", () => {
    // Tannenbaum, Example 6: lower quotas sum to 111; the 9 seats go to NJ .959, VA .926, CT .860, SC .844,
    // DE .843, VT .839, MA .774, NC .732, NH .707; Pennsylvania (.366) is the next largest remainder.
    const result = run(f.units, 120, "hamilton");
    expect(result.priorityList.map((e) => e.unit)).toEqual([
      "New Jersey",
      "Virginia",
      "Connecticut",
      "South Carolina",
      "Delaware",
      "Vermont",
      "Massachusetts",
      "North Carolina",
      "New Hampshire",
    ]);
    expect(result.priorityList[0]!.priority).toBeCloseTo(0.959, 3);
    expect(result.nextPost!.unit).toBe("Pennsylvania");
    expect(result.nextPost!.priority).toBeCloseTo(0.366, 3);
    // Runner-up Georgia, quota 2.351 (Tannenbaum): margin .366 − .351.
    expect(result.nextPost!.runnerUp!.unit).toBe("Georgia");
    expect(result.nextPost!.margin).toBeCloseTo(0.015, 3);
    expect(result.units.find((u) => u.name === "Delaware")!.lastPost).toEqual({
      step: "largest-remainder",
      rank: 5,
    });
    expect(result.units.find((u) => u.name === "New York")!.lastPost).toEqual({ step: "lower-quota" });
  });

  it("Hamilton and Jefferson at 105 seats differ only in Virginia and Delaware", () => {
    // MAA Convergence (Jefferson's method): 13 of 15 states agree; Delaware would gain under Hamilton the
    // seat Virginia got under Jefferson. Hamilton figures: apportR::hamilton(usa1790, 105).
    const hamilton = allocation(apportion(f.units, 105, "hamilton"));
    const jefferson = allocation(apportion(f.units, 105, "jefferson"));
    expect(hamilton).toEqual(f.expected.hamilton105);
    const differ = Object.keys(hamilton).filter((name) => hamilton[name] !== jefferson[name]);
    expect(differ.sort()).toEqual(["Delaware", "Virginia"]);
  });
});

describe("US House after the 1830 census (fixture us-1832.json)", () => {
  const f = load("us-1832.json");

  it("apportion(states, 240, 'jefferson') gives the 1832 apportionment, with the ratio 47,700 as a divisor", () => {
    // Seats: apportR::jefferson(usa1832, 240). Ratio: 1911 Encyclopaedia Britannica, "Apportionment Bill"
    // (fifth census, 240 members, ratio 47,700).
    const result = run(f.units, 240, "jefferson");
    expect(allocation(result)).toEqual(f.expected.jefferson240);
    expect(result.divisor!.low).toBeLessThanOrEqual(47700);
    expect(result.divisor!.high).toBeGreaterThan(47700);
  });

  it("withinQuota flags New York's 40 seats for a quota of 38.59 under Jefferson's method", () => {
    // apportR vignette: NY standard quota 38.593472; "NY should have received only 38 or 39 seats".
    const check = withinQuota(run(f.units, 240, "jefferson"));
    expect(check.ok).toBe(false);
    expect(check.violations).toHaveLength(1);
    expect(check.violations[0]).toMatchObject({ unit: "NY", allocated: 40, lower: 38, upper: 39 });
    expect(check.violations[0]!.quota).toBeCloseTo(38.593472, 5);
  });

  it("apportion(states, 240, 'adams' | 'hamilton') gives apportR's figures", () => {
    // apportR vignette: adams(usa1832, 240) and hamilton(usa1832, 240).
    expect(allocation(apportion(f.units, 240, "adams"))).toEqual(f.expected.adams240);
    expect(allocation(apportion(f.units, 240, "hamilton"))).toEqual(f.expected.hamilton240);
  });
});

describe("the Alabama paradox of 1880 (fixture us-1880.json)", () => {
  const f = load("us-1880.json");
  const states = withMinimum(f.units, 1);
  const fixedQuota = { hamiltonBounds: "fixed-quota" } as const;

  it("Hamilton with the one-seat minimum (fixed-quota) gives Alabama 8 of 299 seats and 7 of 300", () => {
    // Seaton (1880), quoted by Cipra, American Scientist 2010; full tables: apportR::hamilton(usa1880, 299 | 300).
    expect(allocation(apportion(states, 299, "hamilton", fixedQuota))).toEqual(f.expected.hamilton299);
    expect(allocation(apportion(states, 300, "hamilton", fixedQuota))).toEqual(f.expected.hamilton300);
  });

  it("the quotas at 299 seats are Alabama 7.646, Texas 9.640, Illinois 18.640", () => {
    // Cipra (2010) and Szpiro: Alabama's .646 barely beat Texas's and Illinois's .640 for the last seat.
    const quota = Object.fromEntries(
      run(states, 299, "hamilton", fixedQuota).units.map((u) => [u.name, u.quota]),
    );
    expect(quota.Alabama).toBeCloseTo(7.646, 3);
    expect(quota.Texas).toBeCloseTo(9.64, 3);
    expect(quota.Illinois).toBeCloseTo(18.64, 3);
  });

  it("apportionSweep(states, 'hamilton', 275..350) flags Alabama between 299 and 300", () => {
    // Seaton computed every House size from 275 to 350 and met the paradox at 299 → 300.
    const sweep = apportionSweep(states, "hamilton", { from: 275, to: 350 }, fixedQuota);
    expect(sweep.rows).toHaveLength(76);
    expect(sweep.alabamaFlags).toContainEqual({ unit: "Alabama", total: 299, before: 8, after: 7 });
  });

  it("Hamilton without any minimum at 300 seats leaves Nevada with 0 and Alabama with 8", () => {
    // apportR::hamilton0(usa1880, 300): "Nevada would not get a seat unless allowances were made".
    expect(allocation(apportion(f.units, 300, "hamilton"))).toEqual(f.expected.hamiltonNoMinimum300);
  });

  it("largest remainders show the paradox on the 1880 data under every bound rule, Huntington-Hill never", () => {
    // The paradox is a property of largest remainders (Balinski & Young, Fair Representation, 1982), so the
    // requota rule and no minimum at all also lose seats somewhere in 275..350; a divisor method cannot.
    const requota = apportionSweep(states, "hamilton", { from: 275, to: 350 });
    const unbounded = apportionSweep(f.units, "hamilton", { from: 275, to: 350 });
    const hill = apportionSweep(states, "huntington-hill", { from: 275, to: 350 });
    expect(requota.alabamaFlags.length).toBeGreaterThan(0);
    expect(unbounded.alabamaFlags.length).toBeGreaterThan(0);
    expect(hill.alabamaFlags).toEqual([]);
  });
});

describe("US House after the 2020 census (fixtures us-2020-apportionment.json, us-2020-resident.json)", () => {
  const f = load("us-2020-apportionment.json");
  const states = withMinimum(f.units, 1);
  const population = (name: string) => f.units.find((u) => u.name === name)!.weight;

  it("apportion(apportionment population, 435, 'huntington-hill', min 1) gives the official seats", () => {
    // Census Bureau, 2020 Census Apportionment Results, Table 1.
    expect(allocation(apportion(states, 435, "huntington-hill"))).toEqual(f.expected.huntingtonHill435);
  });

  it("seat 435 is Minnesota's 8th and the next would be New York's 27th", () => {
    // Census Bureau (K. Koslap), West Central Tribune 26 April 2021: "Number 435 was Minnesota", New York
    // held spot 436. Priority value = population / √(n(n−1)) for a state's n-th seat (method of equal proportions).
    const result = run(states, 435, "huntington-hill");
    const last = result.priorityList.at(-1)!;
    expect(result.priorityList).toHaveLength(385); // 435 − 50 first seats
    expect(last).toMatchObject({ rank: 385, unit: "Minnesota", post: 8 });
    expect(last.priority).toBeCloseTo(5709752 / Math.sqrt(56), 6);
    expect(result.nextPost).toMatchObject({ unit: "New York", post: 27 });
    expect(result.nextPost!.priority).toBeCloseTo(20215751 / Math.sqrt(702), 6);
    expect(result.nextPost!.priority).toBeCloseTo(priorityValue("huntington-hill", 20215751, 26), 6);
    expect(result.units.find((u) => u.name === "Minnesota")!.lastPost).toEqual({
      step: "priority",
      rank: 385,
    });
    expect(result.ties.filter((tie) => tie.decisive)).toEqual([]);
  });

  it("26 fewer Minnesotans or 89 more New Yorkers would have moved the seat, 25 or 88 would not", () => {
    // NPR/MPR News 1 May 2021 (Minnesota demographer S. Brower): "had Minnesota counted 26 fewer residents"
    // it would have lost its 8th seat; New York "89 more residents" (Census Bureau, via West Central Tribune).
    const seats = (changes: Record<string, number>) =>
      allocation(
        apportion(
          states.map((u) => ({ ...u, weight: u.weight + (changes[u.name] ?? 0) })),
          435,
          "huntington-hill",
        ),
      );
    expect(seats({ Minnesota: -26 })).toMatchObject({ Minnesota: 7, "New York": 27 });
    expect(seats({ Minnesota: -25 })).toMatchObject({ Minnesota: 8, "New York": 26 });
    expect(seats({ "New York": 89 })).toMatchObject({ Minnesota: 7, "New York": 27 });
    expect(seats({ "New York": 88 })).toMatchObject({ Minnesota: 8, "New York": 26 });
    expect(population("Minnesota")).toBe(5709752);
  });

  const resident = load("us-2020-resident.json");
  for (const method of ["hamilton", "jefferson", "webster", "adams", "dean", "huntington-hill"] as const) {
    it(`apportion(resident population, 435, '${method}') matches the apportion R package`, () => {
      // christopherkenny/apportion reference pages, app_*(435, state_2020$pop); its Huntington-Hill starts
      // every state at one seat, the other methods have no minimum (D'Hondt gives Vermont and Wyoming 0).
      const units = method === "huntington-hill" ? withMinimum(resident.units, 1) : resident.units;
      expect(allocation(apportion(units, 435, method))).toEqual(resident.expected[method]);
    });
  }

  it("the six methods disagree on the 2020 resident population", () => {
    // Same source: California gets 50 (Adams), 52 (Webster, Dean, Huntington-Hill, Hamilton), 54 (D'Hondt).
    expect(resident.expected.adams!.California).toBe(50);
    expect(resident.expected.jefferson!.California).toBe(54);
    expect(allocation(apportion(resident.units, 435, "dean")).Idaho).toBe(3);
    expect(allocation(apportion(withMinimum(resident.units, 1), 435, "huntington-hill")).Idaho).toBe(2);
  });
});

describe("Parador, the textbook example (fixture parador.json)", () => {
  const f = load("parador.json");

  for (const method of ["hamilton", "jefferson", "webster", "adams", "dean", "huntington-hill"] as const) {
    it(`apportion(Parador, 250, '${method}') gives the textbook / hand-checked seats`, () => {
      // Sources per method in parador.json: Jefferson from apportR; the others checked by hand at the
      // divisor given there (Webster, Dean, Huntington-Hill 50,100; Adams 50,700), Hamilton from the quotas.
      expect(allocation(apportion(f.units, 250, method))).toEqual(f.expected[method]);
    });
  }

  it("the quota rule holds for Hamilton, fails upward for Jefferson and downward for Adams", () => {
    // Quotas 32.92, 138.72, 3.08, 41.82, 13.70, 19.76: Jefferson gives Bahia 140 > 139, Adams 137 < 138.
    expect(withinQuota(run(f.units, 250, "hamilton")).ok).toBe(true);
    expect(withinQuota(run(f.units, 250, "jefferson")).violations).toMatchObject([
      { unit: "Bahia", allocated: 140 },
    ]);
    expect(withinQuota(run(f.units, 250, "adams")).violations).toMatchObject([
      { unit: "Bahia", allocated: 137 },
    ]);
  });

  it("reports the exact tie of Bahia and Diamante at 51,000 persons per seat under Jefferson", () => {
    // Hand check: 6,936,000 / 136 = 51,000 = 2,091,000 / 41, so Bahia's 136th and Diamante's 41st seats tie;
    // both are handed out (ranks 243 and 244), so the tie is not decisive; Bahia goes first by weight.
    const result = run(f.units, 250, "jefferson");
    expect(result.ties).toEqual([
      {
        units: ["Bahia", "Diamante"],
        atRank: 243,
        priority: 51000,
        decisive: false,
        awarded: ["Bahia", "Diamante"],
      },
    ]);
    expect(result.priorityList[242]).toEqual({ rank: 243, unit: "Bahia", post: 136, priority: 51000 });
    expect(result.priorityList[243]).toEqual({ rank: 244, unit: "Diamante", post: 41, priority: 51000 });
  });
});

describe("a textbook Alabama paradox small enough to check by hand", () => {
  // Electowiki, "Alabama paradox": votes 56.7%, 38.5%, 4.2%, 0.6%. At 323 seats the quotas are 183.141,
  // 124.355, 13.566, 1.938: lower quotas 321, the 2 left go to D (.938) and C (.566) → C 14. At 324 the
  // quotas are 183.708, 124.740, 13.608, 1.944: the 3 left go to D (.944), B (.740), A (.708) → C 13.
  const parties = [
    { name: "A", weight: 56.7 },
    { name: "B", weight: 38.5 },
    { name: "C", weight: 4.2 },
    { name: "D", weight: 0.6 },
  ];

  it("apportion(parties, 323 | 324, 'hamilton') gives C 14 then 13", () => {
    expect(allocation(apportion(parties, 323, "hamilton"))).toEqual({ A: 183, B: 124, C: 14, D: 2 });
    expect(allocation(apportion(parties, 324, "hamilton"))).toEqual({ A: 184, B: 125, C: 13, D: 2 });
  });

  it("apportionSweep(parties, 'hamilton', 320..326) flags C at 323 and nothing else", () => {
    const sweep = apportionSweep(parties, "hamilton", { from: 320, to: 326 });
    expect(sweep.alabamaFlags).toEqual([{ unit: "C", total: 323, before: 14, after: 13 }]);
    // Webster (Sainte-Laguë) on the same votes never takes a seat away.
    expect(apportionSweep(parties, "webster", { from: 320, to: 326 }).alabamaFlags).toEqual([]);
  });
});
