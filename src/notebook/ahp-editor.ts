/**
 * The weights lab's AHP matrix editor: the factors' pairwise comparison matrix with the judgements above
 * the diagonal on Saaty's scale (a select per cell) and their reciprocals below, read-only; live weights,
 * λmax, CI, RI (the table named), CR and the verdict; the most inconsistent judgements coloured with the
 * value that would agree with the others; a switch that puts the matrix into the scenario and a check box
 * that accepts an inconsistent one. Its value is the `AhpEdit` to apply, or `null` while the switch is off.
 */
import {
  type AhpEdit,
  type AhpResult,
  type AhpStart,
  ahpVerdict,
  type Bilingual,
  formatJudgement,
  formatPercent,
  formatRandomIndex,
  SAATY_SCALE,
} from "../index.ts";
import { bilingualText, defineStrings, setBilingual, setBilingualAttribute, t } from "./i18n.ts";

const S = defineStrings({
  fromWeights: {
    zh: "初始判断取自当前因素权重之比最接近的 Saaty 标度值。",
    en: "The judgements start from the Saaty-scale values nearest to the ratios of the factor weights in use.",
  },
  fromExperts: {
    zh: "初始判断为本方案 {n} 位专家（{names}）判断矩阵的逐元素几何平均，即本方案权重所依据的矩阵。",
    en: "The judgements start from the element-wise geometric mean of this scenario's {n} experts ({names}), the matrix its weights come from.",
  },
  fromExpert: {
    zh: "初始判断取自本方案专家 {names} 的判断矩阵。",
    en: "The judgements start from the matrix of this scenario's expert {names}.",
  },
  indicatorsKept: {
    zh: "指标层的权重不变：沿用本方案的指标判断矩阵。",
    en: "Indicator weights stay as they are: this scenario's indicator matrices are kept.",
  },
  indicatorsRatios: {
    zh: "指标层的权重不变：多指标因素内部的权重之比写成判断（如 0.6 : 0.4 写作 3/2）。",
    en: "Indicator weights stay as they are: within a factor, their ratios are written as judgements (0.6 : 0.4 as 3/2).",
  },
  indicatorsClamped: {
    zh: "注意：有的因素内部权重之比超出 1/9–9，已截断，指标权重会略有变化。",
    en: "Note: a ratio of weights within a factor lies outside 1/9–9 and was clamped, so indicator weights change slightly.",
  },
  corner: { zh: "行 相对 列", en: "Row over column" },
  weight: { zh: "AHP 权重", en: "AHP weight" },
  lambda: { zh: "最大特征值 λmax", en: "Largest eigenvalue λmax" },
  ci: { zh: "一致性指标 CI = (λmax − n)/(n − 1)", en: "Consistency index CI = (λmax − n)/(n − 1)" },
  ri: { zh: "随机一致性指标 RI", en: "Random index RI" },
  cr: { zh: "一致性比率 CR = CI/RI", en: "Consistency ratio CR = CI/RI" },
  use: {
    zh: "使用这些 AHP 权重（写入方案的 overrides.weighting，因素权重滑块停用）",
    en: "Use these AHP weights (written to the scenario's overrides.weighting; the factor weight sliders are disabled)",
  },
  accept: {
    zh: "接受不一致的判断（acceptInconsistent: true）",
    en: "Accept inconsistent judgements (acceptInconsistent: true)",
  },
  worstLegend: {
    zh: "标色的单元格是最不一致的判断（红色最甚），“→”后为与其余判断相符的最接近标度值。",
    en: "Coloured cells are the most inconsistent judgements (red the worst); after the arrow, the nearest scale value that agrees with the other judgements.",
  },
  scale: {
    zh: "Saaty 标度：行因素相对列因素 1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要，2、4、6、8 居中；1/3 等为反过来。对角线以下为倒数，自动填写。",
    en: "Saaty's scale, row over column: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 2, 4, 6, 8 in between; 1/3 etc. the reverse. Cells below the diagonal are the reciprocals, filled in.",
  },
  cell: { zh: "“{row}”相对“{column}”的重要性", en: 'Importance of "{row}" over "{column}"' },
  starred: {
    zh: "带 * 的值是专家判断的几何平均，不在 Saaty 标度上；可改为标度值。",
    en: "Values marked * are the experts' geometric means, off Saaty's scale; they can be changed to scale values.",
  },
});

/** The editor element: its value, the live AHP weights, and a reset. */
export type AhpMatrixEditor = HTMLElement & {
  /** The matrix, table and acceptance to put into the scenario, or `null` while "use" is off. */
  readonly value: AhpEdit | null;
  /** The principal-eigenvector weights of the matrix now, in factor order. */
  readonly weights: readonly number[];
  /** Back to the starting matrix, "use" off, acceptance as it started; fires no event. */
  reset(): void;
};

/** Saaty's scale from 9 down to 1/9, as the cells offer it. */
const DESCENDING = [...SAATY_SCALE].reverse();

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  return node;
}

/** A check box with a bilingual label that forwards nothing (the editor fires its own event). */
function quietCheckbox(label: Bilingual, checked: boolean, className: string) {
  const wrapper = element("label", `qp-field qp-checkbox ${className}`);
  const box = element("input");
  box.type = "checkbox";
  box.checked = checked;
  const text = bilingualText(label);
  text.className = "qp-label";
  wrapper.append(box, text);
  return { wrapper, box };
}

/**
 * Creates the editor. `start` gives the factors, the starting matrix and the indicator judgements to keep
 * (`ahpStart(scenario)`); `labels` the factors' names in the same order. A starting value off Saaty's scale
 * (an experts' geometric mean) stays offered in its cell. Fires "input" after every change.
 * @throws {RangeError} when `labels` and the matrix differ in size
 * @example ahpMatrixEditor({ start: ahpStart(scenario), labels: scenario.model.factors.map((f) => f.label), acceptInconsistent: file.acceptInconsistent })
 */
export function ahpMatrixEditor(options: {
  readonly start: AhpStart;
  readonly labels: readonly Bilingual[];
  /** Whether the accept check box starts ticked (the scenario file's `acceptInconsistent`). Default false. */
  readonly acceptInconsistent?: boolean;
}): AhpMatrixEditor {
  const { start, labels } = options;
  const n = start.matrix.length;
  if (labels.length !== n) {
    throw new RangeError(`ahpMatrixEditor(): ${labels.length} labels for a ${n} × ${n} matrix`);
  }
  const initialAccept = options.acceptInconsistent ?? false;
  let matrix = start.matrix.map((row) => [...row]);
  let result: AhpResult;

  const root = element("div", "qp-ahp");
  const origin =
    start.from.kind === "weights"
      ? S.fromWeights
      : {
          zh: t(start.from.names.length > 1 ? S.fromExperts : S.fromExpert, "zh", {
            n: start.from.names.length,
            names: start.from.names.join("、"),
          }),
          en: t(start.from.names.length > 1 ? S.fromExperts : S.fromExpert, "en", {
            n: start.from.names.length,
            names: start.from.names.join(", "),
          }),
        };
  const notes = element("div", "ahp-notes");
  notes.append(
    bilingualText(origin, "p"),
    bilingualText(start.from.kind === "experts" ? S.indicatorsKept : S.indicatorsRatios, "p"),
  );
  if (!start.indicatorsExact) notes.append(bilingualText(S.indicatorsClamped, "p"));
  const offScale = start.matrix.some((row, i) =>
    row.some((v, j) => j > i && !DESCENDING.some((x) => Math.abs(x - v) <= 1e-12 * Math.max(x, v))),
  );
  if (offScale) notes.append(bilingualText(S.starred, "p"));
  for (const p of notes.children) p.classList.add("note");

  // ---- the matrix ----
  const table = element("table", "qp-table ahp-matrix");
  const headRow = table.createTHead().insertRow();
  const corner = bilingualText(S.corner, "th");
  corner.className = "corner";
  headRow.append(corner);
  for (const label of labels) {
    const th = bilingualText(label, "th");
    (th as HTMLTableCellElement).scope = "col";
    headRow.append(th);
  }
  const weightHead = bilingualText(S.weight, "th");
  weightHead.className = "num";
  headRow.append(weightHead);
  const body = table.createTBody();
  const selects: HTMLSelectElement[][] = [];
  const cells: HTMLTableCellElement[][] = [];
  const hints: HTMLSpanElement[][] = [];
  const weightCells: HTMLTableCellElement[] = [];
  for (let i = 0; i < n; i++) {
    const row = body.insertRow();
    row.dataset.row = String(i);
    const th = bilingualText(labels[i]!, "th") as HTMLTableCellElement;
    th.scope = "row";
    row.append(th);
    selects.push([]);
    cells.push([]);
    hints.push([]);
    for (let j = 0; j < n; j++) {
      const cell = row.insertCell();
      cell.dataset.row = String(i);
      cell.dataset.column = String(j);
      cells[i]!.push(cell);
      if (i === j) {
        cell.className = "diagonal";
        cell.textContent = "1";
      } else if (i > j) {
        cell.className = "reciprocal";
      } else {
        cell.className = "judgement";
        const select = element("select");
        select.dataset.row = String(i);
        select.dataset.column = String(j);
        setBilingualAttribute(select, "aria-label", {
          zh: t(S.cell, "zh", { row: labels[i]!.zh, column: labels[j]!.zh }),
          en: t(S.cell, "en", { row: labels[i]!.en, column: labels[j]!.en }),
        });
        fillOptions(select, start.matrix[i]![j]!);
        select.addEventListener("input", (event) => event.stopPropagation());
        select.addEventListener("change", (event) => {
          event.stopPropagation();
          const value = Number(select.value);
          matrix[i]![j] = value;
          matrix[j]![i] = 1 / value;
          changed();
        });
        const hint = element("span", "hint");
        hint.setAttribute("aria-live", "polite");
        hints[i]![j] = hint;
        cell.append(select, hint);
        selects[i]![j] = select;
      }
    }
    const weightCell = row.insertCell();
    weightCell.className = "num weight";
    weightCell.dataset.testid = `ahp-weight-${i}`;
    weightCells.push(weightCell);
  }

  // ---- the readout ----
  const readout = element("div", "ahp-readout");
  const facts = element("dl", "facts ahp-facts");
  const value = (testid: string): HTMLElement => {
    const dd = element("dd");
    dd.dataset.testid = testid;
    return dd;
  };
  const lambdaValue = value("ahp-lambda");
  const ciValue = value("ahp-ci");
  const riValue = value("ahp-ri");
  const crValue = value("ahp-cr");
  for (const [term, dd] of [
    [S.lambda, lambdaValue],
    [S.ci, ciValue],
    [S.ri, riValue],
    [S.cr, crValue],
  ] as const) {
    facts.append(bilingualText(term, "dt"), dd);
  }
  const riSource = element("p", "note ahp-ri-source");
  riSource.dataset.testid = "ahp-ri-source";
  const verdictLine = element("p", "ahp-verdict");
  verdictLine.dataset.testid = "ahp-verdict";
  const detail = element("p", "ahp-detail note");
  detail.dataset.testid = "ahp-detail";
  const legendNote = bilingualText(S.worstLegend, "p");
  legendNote.className = "note ahp-worst-legend";
  readout.append(facts, riSource, verdictLine, detail, legendNote);

  const use = quietCheckbox(S.use, false, "ahp-use");
  const accept = quietCheckbox(S.accept, initialAccept, "ahp-accept");
  const status = element("p", "ahp-status");
  status.dataset.testid = "ahp-status";
  const switches = element("div", "ahp-switches no-print");
  switches.append(use.wrapper, accept.wrapper, status);
  for (const box of [use.box, accept.box]) {
    box.addEventListener("input", (event) => event.stopPropagation());
    box.addEventListener("change", (event) => {
      event.stopPropagation();
      changed();
    });
  }

  const grid = element("div", "ahp-grid");
  const matrixBox = element("div", "ahp-matrix-box");
  const scale = bilingualText(S.scale, "p");
  scale.className = "note ahp-scale";
  matrixBox.append(table, scale);
  grid.append(matrixBox, readout);
  root.append(notes, grid, switches);

  function fillOptions(select: HTMLSelectElement, current: number): void {
    const onScale = DESCENDING.some((v) => Math.abs(v - current) <= 1e-12 * Math.max(v, current));
    const values = onScale ? DESCENDING : [...DESCENDING, current].sort((a, b) => b - a);
    for (const v of values) {
      const option = element("option");
      option.value = String(v);
      option.textContent = onScale || v !== current ? formatJudgement(v) : `${formatJudgement(v)}*`;
      select.append(option);
    }
    select.value = String(values.find((v) => Math.abs(v - current) <= 1e-12 * Math.max(v, current))!);
  }

  function render(): void {
    const verdict = ahpVerdict({
      factors: start.factors,
      labels,
      matrix,
      randomIndex: start.randomIndex,
      use: use.box.checked,
      accept: accept.box.checked,
    });
    result = verdict.result;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) cells[i]![j]!.textContent = formatJudgement(matrix[i]![j]!);
      weightCells[i]!.textContent = formatPercent(result.weights[i]!, "en");
    }
    lambdaValue.textContent = result.lambdaMax.toFixed(3);
    ciValue.textContent = result.ci.toFixed(3);
    riValue.textContent = formatRandomIndex(result.ri);
    setBilingual(riSource, verdict.riSource);
    crValue.textContent = result.cr.toFixed(3);
    setBilingual(verdictLine, verdict.consistency);
    verdictLine.classList.toggle("ok", result.consistent);
    verdictLine.classList.toggle("bad", !result.consistent);
    setBilingual(detail, verdict.detail ?? { zh: "", en: "" });
    detail.hidden = verdict.detail === null;
    // the worst judgements, coloured in both triangles, with the value that would agree
    for (const row of cells) {
      for (const cell of row) {
        cell.classList.remove("worst", "worst-1");
        delete cell.dataset.worst;
        cell.removeAttribute("title");
        cell.removeAttribute("data-zh-title");
        cell.removeAttribute("data-en-title");
      }
    }
    for (const row of hints) for (const hint of row) if (hint !== undefined) hint.textContent = "";
    for (const w of verdict.worst) {
      for (const cell of [cells[w.row]![w.column]!, cells[w.column]![w.row]!]) {
        cell.classList.add("worst");
        if (w.rank === 1) cell.classList.add("worst-1");
        cell.dataset.worst = String(w.rank);
      }
      setBilingualAttribute(cells[w.row]![w.column]!, "title", w.title);
      hints[w.row]![w.column]!.textContent = `→ ${w.nearest}`;
    }
    legendNote.hidden = result.consistent;
    // the switches
    accept.box.disabled = !use.box.checked;
    setBilingual(status, verdict.status);
    status.classList.toggle("bad", verdict.use === "blocked");
    root.classList.toggle("in-use", use.box.checked);
  }

  function changed(): void {
    render();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  }

  render();

  const editor = root as unknown as AhpMatrixEditor;
  Object.defineProperties(editor, {
    value: {
      get: (): AhpEdit | null =>
        use.box.checked
          ? {
              factors: matrix.map((row) => [...row]),
              indicators: start.indicators,
              randomIndex: start.randomIndex,
              acceptInconsistent: accept.box.checked,
            }
          : null,
      enumerable: true,
      configurable: true,
    },
    weights: { get: () => result.weights, enumerable: true, configurable: true },
    reset: {
      value: () => {
        matrix = start.matrix.map((row) => [...row]);
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const select = selects[i]![j]!;
            const v = matrix[i]![j]!;
            select.value = String(
              [...select.options]
                .map((o) => Number(o.value))
                .find((x) => Math.abs(x - v) <= 1e-12 * Math.max(x, v)),
            );
          }
        }
        use.box.checked = false;
        accept.box.checked = initialAccept;
        render();
      },
      configurable: true,
    },
  });
  return editor;
}
