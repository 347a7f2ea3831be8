import { ckmeans } from "simple-statistics";
import { type Bilingual, CATEGORIES, type Category } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { CATEGORY_SUGGESTION_LABELS as L } from "../words/category-suggestion-labels.ts";
import { t } from "../words/t.ts";

/** A township as the suggestion reads it: its declared category and its composite (the weighted index). */
export interface CategoryInput {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** The standard's weighted index of the township (dimensionless). */
  readonly composite: number;
}

/** One township's suggested category beside the declared one. */
export interface CategorySuggestion {
  readonly id: string;
  readonly name: string;
  readonly declared: Category;
  readonly suggested: Category;
  readonly composite: number;
  /** Its natural-breaks group, 1 = highest composite, with the group's composite range; null for the county seat. */
  readonly group: {
    readonly rank: number;
    readonly of: number;
    readonly low: number;
    readonly high: number;
  } | null;
  readonly agrees: boolean;
  readonly reason: Bilingual;
}

/** The suggestion of every township, in input order, with the rule stated. */
export interface CategorySuggestions {
  readonly rule: Bilingual;
  readonly townships: readonly CategorySuggestion[];
}

/** The categories a natural-breaks group may be suggested as, highest group first (the county seat is not one). */
const GROUP_CATEGORIES: readonly Category[] = CATEGORIES.filter((c) => c !== "countySeat");

const fmt = (x: number): string => x.toFixed(2);

/**
 * Suggests each township's category from its composite (R1), never changing the declared one. Rule: the declared
 * county seat(s) stay as declared; every other township goes into one of k = min(4, distinct composites) groups by
 * Jenks natural breaks (`ckmeans` of simple-statistics: the grouping with the least within-group sum of squares),
 * the groups ordered from the highest composite down and suggested as 中心镇, 重点镇, 特色镇, 一般乡镇 — with fewer than four
 * groups the lowest is still 一般乡镇 and the others take the categories from the top. Deterministic (no random start).
 * @example suggestCategories([{ id: "A", name: "A", category: "general", composite: 0.9 }, { id: "B", name: "B", category: "central", composite: 0.1 }]).townships.map((s) => s.suggested) // ["central", "general"]
 */
export function suggestCategories(townships: readonly CategoryInput[]): CategorySuggestions {
  const others = townships.filter((t) => t.category !== "countySeat");
  const distinct = new Set(others.map((t) => t.composite)).size;
  const k = Math.min(GROUP_CATEGORIES.length, distinct);
  // ckmeans: clusters in ascending order of value; highest first here.
  const clusters =
    k === 0
      ? []
      : ckmeans(
          others.map((t) => t.composite),
          k,
        ).reverse();
  const categoryOf = (rank: number): Category => (rank === k ? "general" : GROUP_CATEGORIES[rank - 1]!);
  const suggestions = townships.map((township): CategorySuggestion => {
    const composite = township.composite;
    if (township.category === "countySeat") {
      return {
        id: township.id,
        name: township.name,
        declared: "countySeat",
        suggested: "countySeat",
        composite,
        group: null,
        agrees: true,
        reason: {
          zh: t(L.seatReason, "zh", { composite: fmt(composite) }),
          en: t(L.seatReason, "en", { composite: fmt(composite) }),
        },
      };
    }
    const at = clusters.findIndex((c) => c.includes(composite));
    const cluster = clusters[at]!;
    const rank = at + 1;
    const suggested = categoryOf(rank);
    const low = Math.min(...cluster);
    const high = Math.max(...cluster);
    const params = (lang: "zh" | "en") => ({
      category: CATEGORY_LABELS[suggested][lang],
      composite: fmt(composite),
      rank,
      k,
      low: fmt(low),
      high: fmt(high),
    });
    return {
      id: township.id,
      name: township.name,
      declared: township.category,
      suggested,
      composite,
      group: { rank, of: k, low, high },
      agrees: suggested === township.category,
      reason: { zh: t(L.reason, "zh", params("zh")), en: t(L.reason, "en", params("en")) },
    };
  });
  const named = (lang: "zh" | "en") =>
    Array.from({ length: k }, (_, i) => CATEGORY_LABELS[categoryOf(i + 1)][lang]).join(
      lang === "zh" ? "、" : ", ",
    );
  return {
    rule: {
      zh: t(L.rule, "zh", { k, categories: named("zh") }),
      en: t(L.rule, "en", { k, categories: named("en") }),
    },
    townships: suggestions,
  };
}
