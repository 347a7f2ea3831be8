import type { PowerListsFile } from "../scenario/power-lists.ts";
import {
  type CarriedItem,
  type Category,
  type CountyData,
  type DutyWorkload,
  InputError,
  type InputProblem,
  type TownshipDuties,
} from "../types.ts";
import { acceptedPlace, DUTY_MESSAGES } from "../words/duty-messages.ts";

/** The county-table column the duties workload (R13) is given to models under. */
export const DUTY_WORKLOAD_COLUMN = "dutyWorkload";

/**
 * Each township's annual workload from the "1+4" power lists (R13, "funds and posts follow tasks"): the base list's
 * items, which every township takes on, plus the category-list items it accepted, each at its estimated person-days
 * per year. An accepted item must be on a list open to the township's category.
 * @throws {InputError} listing every problem: a duplicate item id, a township id not in the county table, an unknown
 * item, a base item listed as accepted, an item listed twice, an item of a list not open to the township's category.
 * @example dutyWorkload(parsePowerLists(text, "lists/powers.yaml"), demoData, "lists/powers.yaml").townships[0].workload // 555: the base list 360 + C01, C02, C03 (45 + 70 + 80)
 */
export function dutyWorkload(lists: PowerListsFile, data: CountyData, source: string): DutyWorkload {
  const problems: InputProblem[] = [];
  const items = new Map<
    string,
    CarriedItem & { readonly open: readonly Category[] | "all"; readonly listName: string }
  >();
  const add = (
    item: PowerListsFile["base"][number],
    list: string,
    listName: string,
    open: readonly Category[] | "all",
    path: string,
  ) => {
    if (items.has(item.id)) {
      problems.push({
        code: "duplicate-power-item",
        file: source,
        path,
        place: { zh: `事项“${item.id}”`, en: `item "${item.id}"` },
        found: item.id,
        message: DUTY_MESSAGES.duplicateItem(item.id),
      });
      return;
    }
    items.set(item.id, { id: item.id, name: item.name, list, workload: item.workload, open, listName });
  };
  for (const [i, item] of lists.base.entries()) add(item, "base", "base", "all", `base.${i}.id`);
  for (const [l, list] of lists.lists.entries()) {
    for (const [i, item] of list.items.entries())
      add(item, list.id, list.name, list.categories, `lists.${l}.items.${i}.id`);
  }
  const byId = new Map(data.townships.map((t) => [t.id, t]));
  for (const townshipId of Object.keys(lists.accepted)) {
    if (!byId.has(townshipId)) {
      problems.push({
        code: "unknown-township",
        file: source,
        path: `accepted.${townshipId}`,
        place: acceptedPlace(townshipId),
        found: townshipId,
        message: DUTY_MESSAGES.unknownTownship(townshipId, data.source),
      });
    }
  }
  const base = [...items.values()].filter((item) => item.list === "base");
  const baseWorkload = base.reduce((s, item) => s + item.workload, 0);
  const townships = data.townships.map((township): TownshipDuties => {
    const chosen: CarriedItem[] = [];
    const seen = new Set<string>();
    for (const itemId of lists.accepted[township.id] ?? []) {
      const where = {
        code: "",
        file: source,
        path: `accepted.${township.id}`,
        place: acceptedPlace(township.id),
        found: itemId,
      };
      const item = items.get(itemId);
      if (item === undefined) {
        problems.push({ ...where, code: "unknown-power-item", message: DUTY_MESSAGES.unknownItem(itemId) });
      } else if (item.open === "all") {
        problems.push({
          ...where,
          code: "base-item-accepted",
          message: DUTY_MESSAGES.baseItemListed(itemId),
        });
      } else if (seen.has(itemId)) {
        problems.push({ ...where, code: "repeated-power-item", message: DUTY_MESSAGES.repeatedItem(itemId) });
      } else if (!item.open.includes(township.category)) {
        problems.push({
          ...where,
          code: "power-item-wrong-category",
          message: DUTY_MESSAGES.wrongCategory(itemId, item.listName, township.category, item.open),
        });
      } else {
        seen.add(itemId);
        chosen.push({ id: item.id, name: item.name, list: item.list, workload: item.workload });
      }
    }
    const acceptedWorkload = chosen.reduce((s, item) => s + item.workload, 0);
    return {
      id: township.id,
      name: township.name,
      category: township.category,
      items: [...base.map(({ id, name, list, workload }) => ({ id, name, list, workload })), ...chosen],
      baseWorkload,
      acceptedWorkload,
      workload: baseWorkload + acceptedWorkload,
    };
  });
  if (problems.length > 0) throw new InputError(problems);
  return { source, ...(lists.name !== undefined ? { name: lists.name } : {}), townships };
}
