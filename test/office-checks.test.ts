import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { readOfficeTable } from "../src/data/read-office-table.ts";
import { officeChecks } from "../src/explain/office-checks.ts";
import { officeReport } from "../src/explain/office-report.ts";
import { formatProblem, type InputError, type Scenario } from "../src/types.ts";

const DUTIES = "scenarios/demo-county/duties-weighted.yaml";

/** The duties-weighted scenario with its offices table replaced by `csv` (read against the demo county). */
async function withOffices(csv: string): Promise<Scenario> {
  const scenario = await loadScenario(DUTIES, process.cwd());
  const offices = await readOfficeTable(new TextEncoder().encode(csv), {
    file: "offices.csv",
    county: scenario.data.source,
    townships: scenario.data.townships,
  });
  return { ...scenario, offices };
}

/** The demo offices table's lines, to edit one row at a time. */
const DEMO_LINES = readFileSync("scenarios/demo-county/offices.csv", "utf8").trimEnd().split("\n");

describe("officeChecks(scenario) on the demo county", () => {
  it("R10 fails on the demo table: 梨树乡 lacks 农民工服务中心, 青岗镇 has 13 offices against the key-town cap 12", async () => {
    // offices.csv was written so: T17 has 7 uniform + 3 adjustable offices; T05 8 + 5 = 13, cap 12 (standard-duties.yaml)
    const scenario = await loadScenario(DUTIES, process.cwd());
    const [r10, r11] = officeChecks(scenario);
    expect(r10!.status).toBe("failed");
    expect(r10!.townships).toEqual([
      { id: "T17", name: "梨树乡", value: 7, limit: 8 },
      { id: "T05", name: "青岗镇", value: 13, limit: 12 },
    ]);
    expect(r10!.message.zh).toContain("梨树乡缺农民工服务中心");
    expect(r10!.message.zh).toContain("青岗镇 13 个，限额 12 个，超出 1 个");
    expect(r11!.status).toBe("passed");
    const report = officeReport(scenario);
    expect(report.townships[16]!.missingUniform).toEqual(["农民工服务中心"]);
    expect(report.townships[4]).toMatchObject({ officeCount: 13, cap: 12, over: 1 });
    // T01: 法庭, 检察室 and the four in every township; 畜牧兽医站 is another stationed agency; staff 6+2+3+2+5+2+2
    expect(report.townships[0]).toMatchObject({
      retained: ["court", "procuratorate", "judicial", "police", "marketRegulation", "naturalResources"],
      otherStationed: ["城厢畜牧兽医站"],
      stationedStaff: 22,
      countedStationed: [],
    });
  });

  it("R10 passes and R11 passes when every township has the eight and stays within its cap", async () => {
    const fixed = DEMO_LINES.filter((line) => !line.startsWith("青岗镇,应急管理办公室"));
    fixed.push("梨树乡,农民工服务中心,统一设置,,,");
    const [r10, r11] = officeChecks(await withOffices(fixed.join("\n")));
    expect(r10!.status).toBe("passed");
    expect(r10!.townships).toEqual([]);
    expect(r11!.status).toBe("passed");
  });

  it("R11 fails when one of the six is listed as the township's own office, and names it", async () => {
    const broken = DEMO_LINES.map((line) =>
      line.startsWith("石桥镇,石桥司法所,") ? "石桥镇,石桥司法所,因地制宜,,2,否" : line,
    );
    const [, r11] = officeChecks(await withOffices(broken.join("\n")));
    expect(r11!.status).toBe("failed");
    expect(r11!.townships).toEqual([{ id: "T03", name: "石桥镇", value: 1, limit: 0 }]);
    expect(r11!.message.zh).toContain("石桥司法所");
  });

  it("R11 fails when the table counts a stationed agency's staff in the township's staff in post", async () => {
    const broken = DEMO_LINES.map((line) =>
      line.startsWith("金鸡镇,金鸡市场监管所,") ? line.replace(/,否$/, ",是") : line,
    );
    const [, r11] = officeChecks(await withOffices(broken.join("\n")));
    expect(r11!.status).toBe("failed");
    expect(r11!.townships).toEqual([{ id: "T06", name: "金鸡镇", value: 1, limit: 0 }]);
  });

  it("R11 says what it cannot see when the table has no counted-in-township column", async () => {
    const cut = DEMO_LINES.map((line) => line.split(",").slice(0, 5).join(","));
    const [, r11] = officeChecks(await withOffices(cut.join("\n")));
    expect(r11!.status).toBe("passed");
    expect(r11!.message.en).toContain("not checked: the offices table has no counted-in-township column");
  });

  it("without an offices table: R10 checks the cap from the 机构数 column, R11 is not checked and says why", async () => {
    const { offices: _, ...scenario } = await loadScenario(DUTIES, process.cwd());
    const [r10, r11] = officeChecks(scenario);
    // townships.csv 机构数: T05 青岗镇 13 (key town, cap 12); every other township within its cap
    expect(r10!.status).toBe("failed");
    expect(r10!.townships).toEqual([{ id: "T05", name: "青岗镇", value: 13, limit: 12 }]);
    expect(r10!.message.en).toContain("uniform offices not checked");
    expect(r11!.status).toBe("not-checked");
    expect(r11!.message.en).toContain("names no offices table");
  });

  it("on the baseline (no offices table, a standard without caps) both are not checked, each with its reason", async () => {
    const [r10, r11] = officeChecks(await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd()));
    expect(r10).toMatchObject({ rule: "R10", status: "not-checked", ok: true });
    expect(r10!.message.en).toContain("the standard gives no cap per category");
    expect(r11).toMatchObject({ rule: "R11", status: "not-checked", ok: true });
  });

  it("a township name with its township's name in front counts as the uniform office (芦溪镇综合办公室)", async () => {
    const renamed = DEMO_LINES.map((line) =>
      line.startsWith("芦溪镇,综合办公室,") ? "芦溪镇,芦溪镇综合办公室,统一设置,,," : line,
    );
    const report = officeReport(await withOffices(renamed.join("\n")));
    expect(report.townships[1]!.missingUniform).toEqual([]);
  });
});

describe("readOfficeTable(bytes, options)", () => {
  const county = { file: "offices.csv", county: "townships.csv" };
  const townships = [
    { id: "T01", name: "城厢镇" },
    { id: "T02", name: "芦溪镇" },
  ];
  const read = (csv: string) => readOfficeTable(new TextEncoder().encode(csv), { ...county, townships });

  it("reads the demo table: a title row and a 合计 row skipped with notices, 399 offices", async () => {
    const data = (await loadScenario(DUTIES, process.cwd())).data;
    const table = await readOfficeTable(readFileSync("scenarios/demo-county/offices.csv"), {
      ...county,
      townships: data.townships,
    });
    // 402 lines: title, header, 399 offices, 合计
    expect(table.offices).toHaveLength(399);
    expect(table.notices.map((n) => n.code)).toEqual(["title-row-skipped", "totals-row-skipped"]);
    expect(table.has).toEqual({ kind: true, staff: true, countedInTownship: true });
  });

  it("matches townships by id or by name, infers a blank type from the name, warns of an unknown column", async () => {
    const table = await read(
      "乡镇,机构名称,机构类型,备注\nT01,综合办公室,,\n芦溪镇,芦溪派出所,,x\n芦溪镇,应急管理办公室,,\n",
    );
    expect(table.offices.map((o) => [o.townshipId, o.kind, o.kindInferred])).toEqual([
      ["T01", "uniform", true],
      ["T02", "stationed", true],
      ["T02", "adjustable", true],
    ]);
    expect(table.notices.map((n) => n.code)).toEqual(["unmatched-header", "office-kind-inferred"]);
  });

  it("reports every problem in one pass, with row and column, in both languages", async () => {
    const error = (await read(
      "乡镇,机构名称,机构类型,人员数,计入乡镇在编人数\nT09,综合办公室,统一设置,,\nT01,,统一设置,,\nT01,司法所,驻点,-1,也许\n",
    ).catch((e: unknown) => e)) as InputError;
    expect(error.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["unknown-township", 2, "乡镇"],
      ["blank-cell", 3, "机构名称"],
      ["unknown-office-kind", 4, "机构类型"],
      ["not-a-count", 4, "人员数"],
      ["not-yes-no", 4, "计入乡镇在编人数"],
    ]);
    expect(formatProblem(error.problems[0]!, "zh")).toBe(
      "offices.csv，第2行，列“乡镇”: 数据表 townships.csv 中没有编号或名称为“T09”的乡镇",
    );
    expect(formatProblem(error.problems[0]!, "en")).toContain('row 2, column "乡镇"');
  });

  it("names a missing required column with the headers it accepts", async () => {
    const error = (await read("乡镇,类型\nT01,统一设置\n").catch((e: unknown) => e)) as InputError;
    expect(error.problems.map((p) => p.code)).toEqual(["missing-column"]);
    expect(error.problems[0]!.message.zh).toContain("机构表缺少“机构名称”列");
  });
});
