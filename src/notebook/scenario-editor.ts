/**
 * The weights lab's controls as one input: a slider per factor weight with its renormalised share
 * beside it, a coefficient and a floor per category, the allocation method with the ordering switch
 * (ordering only with the LP) and a reset button; with an AHP matrix editor (placed elsewhere on the
 * page), its matrix when "use these AHP weights" is on (the sliders are then disabled and the shares
 * are the AHP weights). Its value is the `ScenarioEdits` they describe; it fires "input" on every valid
 * change, the AHP editor's included.
 */
import {
  type BandSpec,
  type Bilingual,
  CATEGORIES,
  CATEGORY_LABELS,
  type Category,
  type EditableSettings,
  formatPercent,
  POST_TYPE_LABELS,
  type PostType,
  type ReserveSpec,
  type ScenarioEdits,
  type ScenarioSettings,
  type TotalSpec,
  weightShares,
} from "../index.ts";
import type { AhpMatrixEditor } from "./ahp-editor.ts";
import { bilingualText, setBilingual } from "./i18n.ts";
import { checkbox, type InputElement, methodSelect, number, range, select } from "./inputs.ts";

const L = {
  weights: { zh: "因素权重", en: "Factor weights" },
  weightsNote: {
    zh: "权重为相对值，计算指数时按合计归一；右列为各因素在指数中所占的比例。",
    en: "Weights are relative and renormalised to sum to 1; the right column shows each factor's share of the index.",
  },
  weightsFixed: {
    zh: "本编制标准的权重由层次分析法或数据赋权求得，不能在此调整。",
    en: "This standard derives its weights (AHP or from the data); they cannot be changed here.",
  },
  weightsAhp: {
    zh: "因素权重由下方的层次分析法判断矩阵确定；右列为其权重。",
    en: "The factor weights come from the AHP matrix below; the right column shows them.",
  },
  method: { zh: "分配方法", en: "Allocation method" },
  share: { zh: "占比", en: "Share" },
  noShare: { zh: "权重全为 0", en: "all weights are 0" },
  categories: { zh: "类别系数与最低编制", en: "Category coefficients and floors" },
  category: { zh: "类别", en: "Category" },
  coefficient: { zh: "系数", en: "Coefficient" },
  floor: { zh: "最低编制（名）", en: "Floor (posts)" },
  ordering: {
    zh: "类别排序约束：每单位指数的编制，高类别不低于低类别（R4）",
    en: "Category ordering: posts per unit of index in a higher category ≥ a lower one (R4)",
  },
  orderingFixed: {
    zh: "经典分配方法不使用类别排序约束（仅线性规划可用）。",
    en: "Classical apportionment methods have no ordering rows (the linear programme only).",
  },
  reset: { zh: "恢复为载入的方案", en: "Reset to the scenario as loaded" },
  settings: { zh: "方案设置", en: "Scenario settings" },
  name: { zh: "方案名称", en: "Scenario name" },
  postType: { zh: "编制类型", en: "Post type" },
  totalKind: { zh: "县域总量", en: "County total" },
  totalFixed: { zh: "总量（名）", en: "Total (posts)" },
  transferDown: { zh: "在现有基础上下沉（名）", en: "Transfer down onto today's (posts)" },
  totalValue: { zh: "名数", en: "Posts" },
  reserve: { zh: "机动编制（R6）", en: "Flexible reserve (R6)" },
  reserveNone: { zh: "不预留", en: "None" },
  reserveCount: { zh: "预留名数", en: "A count of posts" },
  reserveShare: { zh: "按总量比例（向下取整）", en: "A share of the total (rounded down)" },
  band: { zh: "稳定区间（相对现有编制）", en: "Stability band (versus today)" },
  bandNone: { zh: "不设", en: "None" },
  bandCounts: { zh: "按名数", en: "In posts" },
  bandShares: { zh: "按现有编制的比例", en: "As shares of today's posts" },
  maxCut: { zh: "最多减少", en: "At most fewer" },
  maxGain: { zh: "最多增加", en: "At most more" },
} as const satisfies Record<string, Bilingual>;

function text(label: Bilingual, tag: keyof HTMLElementTagNameMap = "span", className?: string): HTMLElement {
  const node = bilingualText(label, tag);
  if (className !== undefined) node.className = className;
  return node;
}

/**
 * Creates the editor initialised to `loaded`. Factor sliders run from 0 to 1 (or to the loaded weight
 * when larger) in steps of 0.01; coefficients are numbers > 0; floors whole numbers >= 0; the method is
 * `lp` or one of the classical methods, and a classical method turns the ordering switch off and disables
 * it (choosing `lp` again restores it). Factor weights the scenario does not allow (`editable`) are shown
 * disabled with a note. With `ahp` (an `ahpMatrixEditor` placed elsewhere on the page), its value is the
 * edits' `ahp`, and reset resets it too.
 * @example nb.viewFrom("edits", [loaded, ahp], (s, a) => scenarioEditor({ loaded: scenarioEdits(s), editable: editableSettings(s), factors: s.model.factors, ahp: a }), "editor")
 */
export function scenarioEditor(options: {
  readonly loaded: ScenarioEdits;
  readonly editable: EditableSettings;
  readonly factors: readonly { readonly id: string; readonly label: Bilingual }[];
  readonly ahp?: AhpMatrixEditor;
  /**
   * The floors in force for a post type (`floorsOfPostType`): when the post type is changed, each floor still as
   * it was for the old type shows the new type's; a floor the planner typed stays.
   */
  readonly floorsFor?: (postType: PostType) => Readonly<Record<Category, number>>;
}): HTMLElement & { readonly value: ScenarioEdits } {
  const { loaded, editable, factors, ahp, floorsFor } = options;
  const root = document.createElement("div");
  root.className = "qp-editor";

  const settings = settingsFields(loaded.settings);

  const weights = document.createElement("fieldset");
  weights.className = "weights";
  const weightsNote = text(editable.factorWeights ? L.weightsNote : L.weightsFixed, "p", "note");
  weights.append(text(L.weights, "legend"), weightsNote);
  const grid = document.createElement("div");
  grid.className = "weight-grid";
  const shareHead = text(L.share, "span", "share-head");
  grid.append(document.createElement("span"), shareHead);
  const sliders = new Map<string, InputElement<number>>();
  const touched = new Set<string>();
  const shares = new Map<string, HTMLOutputElement>();
  for (const factor of factors) {
    const value = loaded.factorWeights[factor.id] ?? 0;
    const slider = range({
      label: factor.label,
      min: 0,
      max: Math.max(1, value),
      step: 0.01,
      value,
      format: (v) => v.toFixed(2),
    });
    slider.dataset.factor = factor.id;
    const control = slider.querySelector("input");
    if (control !== null) {
      control.disabled = !editable.factorWeights;
      control.setAttribute("aria-describedby", `share-${factor.id}`);
    }
    const share = document.createElement("output");
    share.className = "share";
    share.id = `share-${factor.id}`;
    share.dataset.factor = factor.id;
    // a slider snaps to its 0.01 steps: until it is moved, the weight is the loaded one to the last digit
    slider.addEventListener("input", () => touched.add(factor.id));
    sliders.set(factor.id, slider);
    shares.set(factor.id, share);
    grid.append(slider, share);
  }
  weights.append(grid);

  const categories = document.createElement("fieldset");
  categories.className = "categories";
  categories.append(text(L.categories, "legend"));
  const table = document.createElement("table");
  table.className = "qp-table editor-table";
  const head = table.createTHead().insertRow();
  for (const [label, className] of [
    [L.category, "text"],
    [L.coefficient, "num"],
    [L.floor, "num"],
  ] as const) {
    const th = text(label, "th", className) as HTMLTableCellElement;
    th.scope = "col";
    head.append(th);
  }
  const body = table.createTBody();
  const coefficients = new Map<string, InputElement<number>>();
  const floors = new Map<string, InputElement<number>>();
  for (const category of CATEGORIES) {
    const row = body.insertRow();
    row.dataset.category = category;
    const name = row.insertCell();
    name.className = "text";
    name.append(text(CATEGORY_LABELS[category]));
    const coefficient = number({
      label: { zh: `${CATEGORY_LABELS[category].zh}系数`, en: `${CATEGORY_LABELS[category].en} coefficient` },
      min: 0.01,
      step: 0.05,
      value: loaded.categoryCoefficients[category],
    });
    coefficient.dataset.category = category;
    coefficient.classList.add("coefficient");
    const floor = number({
      label: { zh: `${CATEGORY_LABELS[category].zh}最低编制`, en: `${CATEGORY_LABELS[category].en} floor` },
      min: 0,
      integer: true,
      value: loaded.floors[category],
    });
    floor.dataset.category = category;
    floor.classList.add("floor");
    coefficients.set(category, coefficient);
    floors.set(category, floor);
    const c1 = row.insertCell();
    c1.className = "num";
    c1.append(coefficient);
    const c2 = row.insertCell();
    c2.className = "num";
    c2.append(floor);
  }
  categories.append(table);

  const methodField = document.createElement("fieldset");
  methodField.className = "method";
  const method = methodSelect(L.method, loaded.method);
  method.classList.add("method-select");
  const ordering = checkbox({ label: L.ordering, value: loaded.ordering });
  ordering.classList.add("ordering");
  const orderingBox = ordering.querySelector("input");
  const orderingField = document.createElement("div");
  orderingField.className = "ordering-field";
  const orderingNote = text(L.orderingFixed, "p", "note");
  orderingField.append(ordering, orderingNote);
  methodField.append(text(L.method, "legend"), method, orderingField);
  // the ordering the planner chose with the LP, restored when the LP is chosen again
  let lpOrdering = loaded.method === "lp" ? loaded.ordering : false;

  const reset = text(L.reset, "button", "reset") as HTMLButtonElement;
  reset.type = "button";
  const actions = document.createElement("div");
  actions.className = "qp-field qp-button editor-actions";
  actions.append(reset);

  root.append(settings.element, weights, categories, methodField, actions);

  const value = (): ScenarioEdits => ({
    factorWeights: Object.fromEntries(
      factors.map((f) => [
        f.id,
        touched.has(f.id) ? sliders.get(f.id)!.value : (loaded.factorWeights[f.id] ?? 0),
      ]),
    ),
    categoryCoefficients: Object.fromEntries(
      CATEGORIES.map((c) => [c, coefficients.get(c)!.value]),
    ) as ScenarioEdits["categoryCoefficients"],
    floors: Object.fromEntries(CATEGORIES.map((c) => [c, floors.get(c)!.value])) as ScenarioEdits["floors"],
    ordering: method.value === "lp" && ordering.value,
    method: method.value,
    ahp: ahp?.value ?? null,
    settings: settings.value(),
  });
  /** Shares, slider and ordering states from the controls (and the AHP editor) as they are now. */
  const sync = (): void => {
    const byAhp = ahp?.value != null;
    const current = byAhp
      ? Object.fromEntries(factors.map((f, i) => [f.id, ahp!.weights[i] ?? 0]))
      : weightShares(value().factorWeights);
    for (const [id, output] of shares) {
      output.textContent = current === undefined ? "–" : formatPercent(current[id] ?? 0, "en");
      output.title = current === undefined ? `${L.noShare.zh} / ${L.noShare.en}` : "";
    }
    for (const slider of sliders.values()) {
      const control = slider.querySelector("input");
      if (control !== null) control.disabled = !editable.factorWeights || byAhp;
    }
    setBilingual(weightsNote, byAhp ? L.weightsAhp : editable.factorWeights ? L.weightsNote : L.weightsFixed);
    const lp = method.value === "lp";
    if (orderingBox !== null) {
      if (!lp && !orderingBox.disabled) lpOrdering = ordering.value;
      if (lp && orderingBox.disabled) ordering.value = lpOrdering;
      if (!lp) ordering.value = false;
      orderingBox.disabled = !lp;
    }
    orderingNote.hidden = lp;
  };
  sync();
  // the floors follow the post type (the select's own listener runs before the root's and the notebook's)
  let floorsOf = loaded.settings.postType;
  settings.postType.addEventListener("input", () => {
    const next = settings.postType.value;
    if (floorsFor === undefined || next === floorsOf) return;
    const before = floorsFor(floorsOf);
    const after = floorsFor(next);
    for (const c of CATEGORIES) {
      const input = floors.get(c)!;
      if (input.value === before[c]) input.value = after[c];
    }
    floorsOf = next;
  });
  // runs before the notebook's own listener (added later), so the controls are current when it reads the value
  root.addEventListener("input", sync);
  // the AHP editor sits elsewhere on the page: its changes are this editor's changes
  ahp?.addEventListener("input", () => root.dispatchEvent(new Event("input", { bubbles: true })));
  reset.addEventListener("click", () => {
    for (const f of factors) sliders.get(f.id)!.value = loaded.factorWeights[f.id] ?? 0;
    touched.clear();
    for (const c of CATEGORIES) {
      coefficients.get(c)!.value = loaded.categoryCoefficients[c];
      floors.get(c)!.value = loaded.floors[c];
    }
    method.value = loaded.method;
    lpOrdering = loaded.method === "lp" ? loaded.ordering : false;
    ordering.value = loaded.ordering;
    if (orderingBox !== null) orderingBox.disabled = loaded.method !== "lp";
    ahp?.reset();
    settings.reset();
    floorsOf = loaded.settings.postType;
    root.dispatchEvent(new Event("input", { bubbles: true }));
  });

  Object.defineProperty(root, "value", { get: value, enumerable: true, configurable: true });
  return root as unknown as HTMLElement & { readonly value: ScenarioEdits };
}

/** The fieldset of the county-level settings (name, post type, total, reserve, band) with its value and reset. */
function settingsFields(loaded: ScenarioSettings): {
  readonly element: HTMLFieldSetElement;
  readonly postType: InputElement<PostType>;
  value(): ScenarioSettings;
  reset(): void;
} {
  const element = document.createElement("fieldset");
  element.className = "settings";
  element.append(text(L.settings, "legend"));

  const nameField = document.createElement("label");
  nameField.className = "qp-field qp-text scenario-name-field";
  const nameLabel = text(L.name, "span", "qp-label");
  const nameBox = document.createElement("input");
  nameBox.type = "text";
  nameBox.name = "scenario-name";
  const loadedName =
    loaded.name.zh === loaded.name.en ? loaded.name.zh : `${loaded.name.zh} / ${loaded.name.en}`;
  nameBox.value = loadedName;
  nameField.append(nameLabel, nameBox);

  const postType = select<PostType>({
    label: L.postType,
    options: (Object.keys(POST_TYPE_LABELS) as PostType[]).map((p) => ({
      value: p,
      label: POST_TYPE_LABELS[p],
    })),
    value: loaded.postType,
  });
  postType.classList.add("post-type");

  const totalKind = select<TotalSpec["kind"]>({
    label: L.totalKind,
    options: [
      { value: "transferDown", label: L.transferDown },
      { value: "total", label: L.totalFixed },
    ],
    value: loaded.total.kind,
  });
  totalKind.classList.add("total-kind");
  // a county total is at least 1 post, a transfer at least 0: one box each, the one of the chosen kind shown
  const totalValue = number({
    label: L.totalValue,
    min: 1,
    integer: true,
    value: loaded.total.kind === "total" ? loaded.total.value : Math.max(1, loaded.total.value),
  });
  totalValue.classList.add("total-value");
  const transferValue = number({
    label: L.totalValue,
    min: 0,
    integer: true,
    value: loaded.total.kind === "transferDown" ? loaded.total.value : 0,
  });
  transferValue.classList.add("transfer-value");

  const reserveKind = select<ReserveSpec["kind"]>({
    label: L.reserve,
    options: [
      { value: "none", label: L.reserveNone },
      { value: "count", label: L.reserveCount },
      { value: "share", label: L.reserveShare },
    ],
    value: loaded.reserve.kind,
  });
  reserveKind.classList.add("reserve-kind");
  // a count is whole posts >= 0, a share in [0, 1): one box each, the one of the chosen kind shown
  const reserveValue = number({
    label: L.totalValue,
    min: 0,
    integer: true,
    value: loaded.reserve.kind === "count" ? loaded.reserve.value : 0,
  });
  reserveValue.classList.add("reserve-value");
  const reserveShare = number({
    label: L.share,
    min: 0,
    max: 0.99,
    step: 0.01,
    value: loaded.reserve.kind === "share" ? loaded.reserve.value : 0,
  });
  reserveShare.classList.add("reserve-share");

  const band = loaded.band;
  const bandKindOf = (b: BandSpec | null): "none" | "counts" | "shares" =>
    b === null
      ? "none"
      : b.maxCut !== undefined || b.maxGain !== undefined
        ? "counts"
        : b.maxCutShare !== undefined || b.maxGainShare !== undefined
          ? "shares"
          : "none";
  const bandKind = select<"none" | "counts" | "shares">({
    label: L.band,
    options: [
      { value: "none", label: L.bandNone },
      { value: "counts", label: L.bandCounts },
      { value: "shares", label: L.bandShares },
    ],
    value: bandKindOf(band),
  });
  bandKind.classList.add("band-kind");
  const startCut = (b: BandSpec | null) =>
    bandKindOf(b) === "shares" ? (b?.maxCutShare ?? 0) : (b?.maxCut ?? 0);
  const startGain = (b: BandSpec | null) =>
    bandKindOf(b) === "shares" ? (b?.maxGainShare ?? 0) : (b?.maxGain ?? 0);
  const maxCut = number({ label: L.maxCut, min: 0, value: startCut(band) });
  maxCut.classList.add("band-cut");
  const maxGain = number({ label: L.maxGain, min: 0, value: startGain(band) });
  maxGain.classList.add("band-gain");

  const rows: HTMLElement[] = [
    nameField,
    postType,
    row(totalKind, totalValue, transferValue),
    row(reserveKind, reserveValue, reserveShare),
    row(bandKind, maxCut, maxGain),
  ];
  element.append(...rows);
  let bandTouched = false;
  for (const control of [bandKind, maxCut, maxGain]) {
    control.addEventListener("input", () => {
      bandTouched = true;
    });
  }
  const sync = () => {
    totalValue.hidden = totalKind.value !== "total";
    transferValue.hidden = totalKind.value !== "transferDown";
    reserveValue.hidden = reserveKind.value !== "count";
    reserveShare.hidden = reserveKind.value !== "share";
    maxCut.hidden = bandKind.value === "none";
    maxGain.hidden = bandKind.value === "none";
  };
  sync();
  element.addEventListener("input", sync);

  const value = (): ScenarioSettings => {
    const typed = nameBox.value.trim();
    const name = typed === "" || typed === loadedName ? loaded.name : { zh: typed, en: typed };
    const kind = bandKind.value;
    const nextBand: BandSpec | null = !bandTouched
      ? loaded.band
      : kind === "none"
        ? null
        : kind === "counts"
          ? { maxCut: maxCut.value, maxGain: maxGain.value }
          : { maxCutShare: maxCut.value, maxGainShare: maxGain.value };
    const reserve: ReserveSpec =
      reserveKind.value === "none"
        ? { kind: "none" }
        : reserveKind.value === "count"
          ? { kind: "count", value: reserveValue.value }
          : { kind: "share", value: reserveShare.value };
    return {
      name,
      postType: postType.value,
      total:
        totalKind.value === "total"
          ? { kind: "total", value: totalValue.value }
          : { kind: "transferDown", value: transferValue.value },
      reserve,
      band: nextBand,
    };
  };
  const reset = () => {
    nameBox.value = loadedName;
    postType.value = loaded.postType;
    totalKind.value = loaded.total.kind;
    if (loaded.total.kind === "total") totalValue.value = loaded.total.value;
    else transferValue.value = loaded.total.value;
    reserveKind.value = loaded.reserve.kind;
    reserveValue.value = loaded.reserve.kind === "count" ? loaded.reserve.value : 0;
    reserveShare.value = loaded.reserve.kind === "share" ? loaded.reserve.value : 0;
    bandKind.value = bandKindOf(loaded.band);
    maxCut.value = startCut(loaded.band);
    maxGain.value = startGain(loaded.band);
    bandTouched = false;
    sync();
  };
  // the name box fires "input" on each key; the notebook's listener on the editor reads it
  return { element, postType, value, reset };
}

function row(...controls: HTMLElement[]): HTMLDivElement {
  const box = document.createElement("div");
  box.className = "settings-row";
  box.append(...controls);
  return box;
}
