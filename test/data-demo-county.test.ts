import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countyTableToCsv } from "../src/data/county-table-to-csv.ts";
import { decodeText } from "../src/data/decode-text.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { CATEGORIES, type CountyData } from "../src/types.ts";

const FILE = fileURLToPath(new URL("../scenarios/demo-county/townships.csv", import.meta.url));

async function demo(): Promise<CountyData> {
  return readCountyTable(new Uint8Array(await readFile(FILE)), {
    file: "scenarios/demo-county/townships.csv",
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// Every expectation below restates scenarios/demo-county/README.md, which states how the data were made.
describe("scenarios/demo-county/townships.csv", () => {
  it("has 25 townships, all five categories, exactly one county seat (1 + 3 + 4 + 4 + 13)", async () => {
    const { townships } = await demo();
    expect(townships).toHaveLength(25);
    const count = (c: string) => townships.filter((t) => t.category === c).length;
    expect(CATEGORIES.map(count)).toEqual([1, 3, 4, 4, 13]);
  });

  it("is plain UTF-8 with the Chinese headers a county office writes, all of them recognised", async () => {
    const bytes = new Uint8Array(await readFile(FILE));
    expect(decodeText(bytes).encoding).toBe("utf-8");
    const data = await demo();
    expect(data.columns).toEqual([
      "population",
      "areaKm2",
      "gdp",
      "fiscalRevenue",
      "distanceKm",
      "locationScore",
      "keyProjects",
      "adminPosts",
      "institutionPosts",
      "leaderPosts",
      "staffInPost",
      "staffLentOut",
      "officeCount",
    ]);
  });

  it("names 芦溪镇 (named in the source plan) as a central town and puts the county seat at distance 0, score 10", async () => {
    const { townships } = await demo();
    expect(townships.find((t) => t.name === "芦溪镇")?.category).toBe("central");
    const seat = townships.find((t) => t.category === "countySeat")!;
    expect(seat).toMatchObject({ name: "城厢镇", distanceKm: 0, locationScore: 10, adminPosts: 45 });
  });

  it("totals 511 admin posts today, with general townships between 15 and 20 and two of them at 15 or 16 (R3 floor)", async () => {
    const { townships } = await demo();
    expect(sum(townships.map((t) => t.adminPosts))).toBe(511);
    const general = townships.filter((t) => t.category === "general");
    for (const t of general) expect(t.adminPosts).toBeGreaterThanOrEqual(15);
    for (const t of general) expect(t.adminPosts).toBeLessThanOrEqual(20);
    expect(general.filter((t) => t.adminPosts <= 16).map((t) => t.name)).toEqual(["梨树乡", "雪山乡"]);
  });

  it("has exactly two townships lending out more than 5% of their admin + institution posts (R8)", async () => {
    const { townships } = await demo();
    const over = townships.filter((t) => t.staffLentOut! > 0.05 * (t.adminPosts + t.institutionPosts!));
    // 梨树乡: 3 > 0.05 × (16 + 21) = 1.85; 雪山乡: 2 > 0.05 × (15 + 18) = 1.65.
    expect(over.map((t) => t.name)).toEqual(["梨树乡", "雪山乡"]);
  });

  it("keeps the ratios the README states: institution 1.2–1.8× admin, staff 85–98% of posts, revenue 3–6% of GDP", async () => {
    const { townships } = await demo();
    for (const t of townships) {
      const posts = t.adminPosts + t.institutionPosts!;
      expect(t.institutionPosts! / t.adminPosts).toBeGreaterThanOrEqual(1.2);
      expect(t.institutionPosts! / t.adminPosts).toBeLessThanOrEqual(1.8);
      expect(t.staffInPost! / posts).toBeGreaterThanOrEqual(0.85);
      expect(t.staffInPost! / posts).toBeLessThanOrEqual(0.98);
      expect(t.fiscalRevenue! / t.gdp!).toBeGreaterThanOrEqual(0.03);
      expect(t.fiscalRevenue! / t.gdp!).toBeLessThanOrEqual(0.06);
      expect(t.officeCount).toBeGreaterThanOrEqual(10);
      expect(t.officeCount).toBeLessThanOrEqual(15);
    }
  });

  it("has only 柏林镇 and 花桥镇 at or above the 95% usage target of R7", async () => {
    const { townships } = await demo();
    const atTarget = townships.filter((t) => t.staffInPost! >= 0.95 * (t.adminPosts + t.institutionPosts!));
    // 柏林镇: 47 / 49 = 0.959; 花桥镇: 46 / 48 = 0.958.
    expect(atTarget.map((t) => t.name)).toEqual(["柏林镇", "花桥镇"]);
  });

  it("round-trips through countyTableToCsv and readCountyTable", async () => {
    const data = await demo();
    const back = await readCountyTable(new TextEncoder().encode(countyTableToCsv(data)), {
      file: data.source,
    });
    expect(back).toEqual(data);
  });
});
