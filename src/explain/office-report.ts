import { foldHeader } from "../data/match-column.ts";
import { RETAINED_STATIONED_AGENCIES } from "../policy.ts";
import { PLAN_OFFICE_STANDARD } from "../scenario/office-standard.ts";
import type { Category, OfficeRow, Scenario } from "../types.ts";

/** One township's offices as the checks of R10 and R11 see them. */
export interface TownshipOffices {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Its own offices (uniform + adjustable; stationed agencies not counted); null when neither source says. */
  readonly officeCount: number | null;
  /** Its category's institution cap (机构限额); null when the standard sets none. */
  readonly cap: number | null;
  /** officeCount − cap when above the cap, else 0; null when either is unknown. */
  readonly over: number | null;
  /** The uniform offices it lacks, by the standard's names; null without an offices table. */
  readonly missingUniform: readonly string[] | null;
  /** Keys of the six R11 agencies stationed in it (`RETAINED_STATIONED_AGENCIES`); null without a table. */
  readonly retained: readonly string[] | null;
  /** Offices named as one of the six but listed as the township's own (uniform or adjustable): adjusted against R11. */
  readonly adjusted: readonly string[];
  /** Other stationed agencies (which may adjust), by name. */
  readonly otherStationed: readonly string[];
  /** Staff of its stationed agencies, when the table gives staff; null otherwise. */
  readonly stationedStaff: number | null;
  /** Stationed agencies the table marks as counted in the township's staff in post (名称); null when it cannot say. */
  readonly countedStationed: readonly string[] | null;
}

/** Where the office counts come from: the offices table, the county table's 机构数 column, or nowhere. */
export type OfficeCountSource = "table" | "column" | "none";

/** The offices of every township (R10, R11), in the county table's order, with what the data let the checks see. */
export interface OfficeReport {
  readonly townships: readonly TownshipOffices[];
  readonly countFrom: OfficeCountSource;
  /** The uniform offices checked for (the standard's, or the source plan's eight). */
  readonly uniform: readonly string[];
  /** Whether `uniform` is the source plan's eight (the standard names none). */
  readonly uniformFromPlan: boolean;
  /** Categories present in the county with no institution cap in the standard. */
  readonly uncapped: readonly Category[];
  /** The offices table's file, when the scenario names one. */
  readonly table?: {
    readonly source: string;
    readonly hasStaff: boolean;
    readonly hasCounted: boolean;
  };
}

/**
 * The offices of each township (R10, R11): its own offices counted (from the scenario's offices table, stationed
 * agencies left out; else the county table's 机构数 column) against its category's institution cap; the uniform
 * offices it lacks (matched by name or alias after folding case, width and spaces; a name may carry the township's
 * name in front, "芦溪镇综合办公室"); which of the six agencies R11 keeps stationed are there, any of them listed as the
 * township's own office, the other stationed agencies; and the stationed staff, counted in the township's staff or
 * not, as far as the table says.
 * @example officeReport(dutiesWeighted).townships[16].missingUniform // ["农民工服务中心"] (T17 梨树乡 of the demo offices table)
 */
export function officeReport(scenario: Scenario): OfficeReport {
  const standard = scenario.model.offices ?? PLAN_OFFICE_STANDARD;
  const table = scenario.offices;
  const byTownship = new Map<string, OfficeRow[]>();
  for (const office of table?.offices ?? []) {
    const list = byTownship.get(office.townshipId) ?? [];
    list.push(office);
    byTownship.set(office.townshipId, list);
  }
  const hasColumn = scenario.data.townships.some((t) => t.officeCount !== undefined);
  const countFrom: OfficeCountSource = table !== undefined ? "table" : hasColumn ? "column" : "none";
  const matchesName = (office: string, names: readonly string[]) => {
    const folded = foldHeader(office);
    return names.some((n) => {
      const name = foldHeader(n);
      return folded === name || folded.endsWith(name);
    });
  };
  const townships = scenario.data.townships.map((township): TownshipOffices => {
    const offices = byTownship.get(township.id) ?? [];
    const own = offices.filter((o) => o.kind !== "stationed");
    const stationed = offices.filter((o) => o.kind === "stationed");
    const officeCount =
      countFrom === "table"
        ? new Set(own.map((o) => foldHeader(o.name))).size
        : countFrom === "column"
          ? (township.officeCount ?? null)
          : null;
    const cap = standard.institutionCap[township.category] ?? null;
    const retainedOf = (o: OfficeRow) => RETAINED_STATIONED_AGENCIES.find((a) => o.name.includes(a.word));
    const staffed = table?.has.staff === true;
    return {
      id: township.id,
      name: township.name,
      category: township.category,
      officeCount,
      cap,
      over: officeCount === null || cap === null ? null : Math.max(0, officeCount - cap),
      missingUniform:
        table === undefined
          ? null
          : standard.uniform
              .filter((u) => !own.some((o) => matchesName(o.name, [u.name, ...u.aliases])))
              .map((u) => u.name),
      retained:
        table === undefined
          ? null
          : RETAINED_STATIONED_AGENCIES.filter((a) => stationed.some((o) => o.name.includes(a.word))).map(
              (a) => a.key,
            ),
      adjusted: own.filter((o) => retainedOf(o) !== undefined).map((o) => o.name),
      otherStationed: stationed.filter((o) => retainedOf(o) === undefined).map((o) => o.name),
      stationedStaff: staffed ? stationed.reduce((s, o) => s + (o.staff ?? 0), 0) : null,
      countedStationed:
        table?.has.countedInTownship === true
          ? stationed.filter((o) => o.countedInTownship === true).map((o) => o.name)
          : null,
    };
  });
  const present = new Set(scenario.data.townships.map((t) => t.category));
  return {
    townships,
    countFrom,
    uniform: standard.uniform.map((u) => u.name),
    uniformFromPlan: standard.uniformFromPlan,
    uncapped: (["countySeat", "central", "key", "characteristic", "general"] as const).filter(
      (c) => present.has(c) && standard.institutionCap[c] === undefined,
    ),
    ...(table !== undefined
      ? {
          table: { source: table.source, hasStaff: table.has.staff, hasCounted: table.has.countedInTownship },
        }
      : {}),
  };
}
