/**
 * Form inputs for the pages. Each returns one element with a typed `value` that fires a bubbling
 * "input" event when the user changes it, so `nb.view(name, element)` turns it into a cell.
 * Setting `value` from code updates the control without firing an event. Labels are bilingual and
 * follow language switches.
 */
import { ALLOCATION_METHODS, type AllocationMethod, type Bilingual } from "../types.ts";
import { METHOD_LABELS } from "../words/method-labels.ts";
import { bilingualText, pageLang } from "./i18n.ts";

/** An input element of ./inputs.ts: a typed `value` and "input" events. */
export type InputElement<T> = HTMLElement & { value: T };

/** A file read in the browser; its bytes never leave the page. */
export interface LoadedFile {
  /** File name as on the user's disk, without folders, e.g. "县乡镇数据.csv". */
  readonly name: string;
  /** Size, bytes. */
  readonly size: number;
  /** MIME type the browser guessed, may be "". */
  readonly type: string;
  /** The file's content. */
  readonly bytes: Uint8Array;
}

function withValue<T>(element: HTMLElement, get: () => T, set: (value: T) => void): InputElement<T> {
  Object.defineProperty(element, "value", { get, set, enumerable: true, configurable: true });
  return element as InputElement<T>;
}

/** Moves the control's own "input"/"change" event to the wrapper (after `accept` says the value is usable). */
function forward(
  control: HTMLElement,
  wrapper: HTMLElement,
  type: "input" | "change",
  accept = () => true,
): void {
  control.addEventListener(type, (event) => {
    event.stopPropagation();
    if (accept()) wrapper.dispatchEvent(new Event("input", { bubbles: true }));
  });
  if (type === "change") control.addEventListener("input", (event) => event.stopPropagation());
}

function field(kind: string, label: Bilingual | undefined): HTMLLabelElement {
  const wrapper = document.createElement("label");
  wrapper.className = `qp-field qp-${kind}`;
  if (label !== undefined) {
    const text = bilingualText(label);
    text.className = "qp-label";
    wrapper.append(text);
  }
  return wrapper;
}

function checkRange(name: string, min: number, max: number, step: number, value: number): void {
  if (![min, max, step, value].every(Number.isFinite) || min > max || step <= 0) {
    throw new RangeError(`${name}(): need finite min <= max and step > 0, got ${min}, ${max}, ${step}`);
  }
  if (value < min || value > max)
    throw new RangeError(`${name}(): value ${value} is outside [${min}, ${max}]`);
}

/** Options of `range`. */
export interface RangeOptions {
  readonly label: Bilingual;
  readonly min: number;
  readonly max: number;
  /** Granularity; default 1. */
  readonly step?: number;
  /** Initial value; default `min`. */
  readonly value?: number;
  /** How the current value is shown beside the slider; default `String`. */
  readonly format?: (value: number) => string;
}

/**
 * A slider with its label and its current value shown beside it.
 * @throws {RangeError} when min > max, step <= 0, or the value is outside [min, max]
 * @example range({ label: { zh: "人口权重", en: "Population weight" }, min: 0, max: 1, step: 0.05, value: 0.3 })
 */
export function range(options: RangeOptions): InputElement<number> {
  const { min, max, step = 1, value = min, format = String } = options;
  checkRange("range", min, max, step, value);
  const wrapper = field("range", options.label);
  const slider = document.createElement("input");
  Object.assign(slider, { type: "range", min: String(min), max: String(max), step: String(step) });
  slider.value = String(value);
  const output = document.createElement("output");
  output.textContent = format(value);
  slider.addEventListener("input", () => {
    output.textContent = format(slider.valueAsNumber);
  });
  forward(slider, wrapper, "input");
  wrapper.append(slider, output);
  return withValue(
    wrapper,
    () => slider.valueAsNumber,
    (next: number) => {
      slider.value = String(next);
      output.textContent = format(slider.valueAsNumber);
    },
  );
}

/** Options of `number`. */
export interface NumberOptions {
  readonly label: Bilingual;
  /** Smallest accepted value; default -Infinity. */
  readonly min?: number;
  /** Largest accepted value; default Infinity. */
  readonly max?: number;
  /** Granularity for the arrows; default "any" (1 with `integer`). */
  readonly step?: number;
  /** Accept whole numbers only; default false. */
  readonly integer?: boolean;
  readonly value: number;
}

/**
 * A number box. Entries that are empty, not numbers, outside [min, max] or (with `integer`) not whole
 * are marked invalid and do not change the value.
 * @throws {RangeError} when the initial value is outside [min, max] (or not whole with `integer`)
 * @example number({ label: { zh: "一般乡镇行政编制下限", en: "Admin floor, general" }, min: 0, value: 15 })
 */
export function number(options: NumberOptions): InputElement<number> {
  const { min = -Infinity, max = Infinity, value, integer = false } = options;
  if (!(value >= min && value <= max))
    throw new RangeError(`number(): value ${value} is outside [${min}, ${max}]`);
  if (integer && !Number.isInteger(value)) throw new RangeError(`number(): value ${value} is not whole`);
  const wrapper = field("number", options.label);
  const box = document.createElement("input");
  box.type = "number";
  if (Number.isFinite(min)) box.min = String(min);
  if (Number.isFinite(max)) box.max = String(max);
  box.step = options.step === undefined ? (integer ? "1" : "any") : String(options.step);
  box.value = String(value);
  let current = value;
  forward(box, wrapper, "input", () => {
    const next = box.valueAsNumber;
    const valid = Number.isFinite(next) && next >= min && next <= max && (!integer || Number.isInteger(next));
    box.setAttribute("aria-invalid", String(!valid));
    if (valid) current = next;
    return valid;
  });
  wrapper.append(box);
  return withValue(
    wrapper,
    () => current,
    (next: number) => {
      current = next;
      box.value = String(next);
      box.setAttribute("aria-invalid", "false");
    },
  );
}

/** One choice of `select`. */
export interface SelectOption<T> {
  readonly value: T;
  readonly label: Bilingual;
}

/**
 * A drop-down list; its value is the chosen option's `value` (any type).
 * @throws {RangeError} when there are no options or `value` is not one of them
 * @example select({ label: { zh: "方案", en: "Scenario" }, options: [{ value: "baseline", label: { zh: "基准", en: "Baseline" } }] })
 */
export function select<T>(options: {
  readonly label: Bilingual;
  readonly options: readonly SelectOption<T>[];
  /** Initially chosen value; default the first option's. */
  readonly value?: T;
}): InputElement<T> {
  const choices = options.options;
  if (choices.length === 0) throw new RangeError("select(): needs at least one option");
  const initial =
    options.value === undefined ? 0 : choices.findIndex((c) => Object.is(c.value, options.value));
  if (initial < 0) throw new RangeError("select(): the initial value is not one of the options");
  const wrapper = field("select", options.label);
  const list = document.createElement("select");
  choices.forEach((choice, index) => {
    const option = bilingualText(choice.label, "option") as HTMLOptionElement;
    // string values show in the markup (handy for tests and forms); the value getter reads the index
    option.value = typeof choice.value === "string" ? choice.value : String(index);
    list.append(option);
  });
  list.selectedIndex = initial;
  forward(list, wrapper, "input");
  wrapper.append(list);
  return withValue(
    wrapper,
    () => choices[list.selectedIndex]!.value,
    (next: T) => {
      const index = choices.findIndex((c) => Object.is(c.value, next));
      if (index < 0) throw new RangeError("select: value is not one of the options");
      list.selectedIndex = index;
    },
  );
}

/**
 * A drop-down of every allocation method (the LP first, then the classical methods), each by its name.
 * @example methodSelect({ zh: "分配方法", en: "Allocation method" }, "webster").value // "webster"
 */
export function methodSelect(label: Bilingual, value: AllocationMethod): InputElement<AllocationMethod> {
  return select<AllocationMethod>({
    label,
    options: ALLOCATION_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] })),
    value,
  });
}

/**
 * A check box with its label; value `true` when checked.
 * @example checkbox({ label: { zh: "启用类别系数", en: "Use category coefficients" }, value: true })
 */
export function checkbox(options: {
  readonly label: Bilingual;
  readonly value?: boolean;
}): InputElement<boolean> {
  const wrapper = field("checkbox", undefined);
  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = options.value ?? false;
  forward(box, wrapper, "change");
  const text = bilingualText(options.label);
  text.className = "qp-label";
  wrapper.append(box, text);
  return withValue(
    wrapper,
    () => box.checked,
    (next: boolean) => {
      box.checked = next;
    },
  );
}

/**
 * A button; its value counts the clicks (0 before the first), so a cell depending on it reruns on
 * each click. `onClick` runs first, for side effects such as downloads.
 * @example button({ label: { zh: "下载 CSV", en: "Download CSV" }, onClick: () => downloadBlob("a.csv", csvBlob(text)) })
 */
export function button(options: {
  readonly label: Bilingual;
  readonly onClick?: () => void;
}): InputElement<number> {
  const wrapper = document.createElement("div");
  wrapper.className = "qp-field qp-button";
  const control = bilingualText(options.label, "button") as HTMLButtonElement;
  control.type = "button";
  let clicks = 0;
  control.addEventListener("click", () => {
    options.onClick?.();
    clicks += 1;
    wrapper.dispatchEvent(new Event("input", { bubbles: true }));
  });
  wrapper.append(control);
  return withValue(
    wrapper,
    () => clicks,
    (next: number) => {
      clicks = next;
    },
  );
}

/**
 * A file picker that reads the chosen file in the browser (nothing is uploaded). The value is
 * `null` until a file has been read; "input" fires once its bytes are available. The browser's own
 * "Choose File" control is replaced by the bilingual label and the chosen file's name.
 * @example filePicker({ label: { zh: "选择数据文件", en: "Choose a data file" }, accept: ".csv,.xlsx" })
 */
export function filePicker(options: {
  readonly label: Bilingual;
  readonly accept?: string;
}): InputElement<LoadedFile | null> {
  const wrapper = document.createElement("label");
  wrapper.className = "qp-field qp-file";
  const control = document.createElement("input");
  control.type = "file";
  control.className = "visually-hidden";
  if (options.accept !== undefined) control.accept = options.accept;
  const face = bilingualText(options.label);
  face.className = "qp-file-button";
  const chosen = bilingualText(NO_FILE);
  chosen.className = "qp-file-name";
  let current: LoadedFile | null = null;
  let reading = 0;
  const show = (name: string | undefined): void => {
    if (name === undefined) {
      chosen.textContent = NO_FILE[pageLang()];
      chosen.dataset.zh = NO_FILE.zh;
      chosen.dataset.en = NO_FILE.en;
    } else {
      delete chosen.dataset.zh;
      delete chosen.dataset.en;
      chosen.textContent = name;
    }
  };
  control.addEventListener("input", (event) => event.stopPropagation());
  control.addEventListener("change", async (event) => {
    event.stopPropagation();
    const file = control.files?.[0];
    const ticket = ++reading;
    show(file?.name);
    const loaded =
      file === undefined
        ? null
        : {
            name: file.name,
            size: file.size,
            type: file.type,
            bytes: new Uint8Array(await file.arrayBuffer()),
          };
    if (ticket !== reading) return; // a later choice is being read
    current = loaded;
    wrapper.dispatchEvent(new Event("input", { bubbles: true }));
  });
  wrapper.append(control, face, chosen);
  return withValue(
    wrapper,
    () => current,
    (next: LoadedFile | null) => {
      if (next !== null) throw new RangeError("filePicker: only null can be set (clears the choice)");
      current = null;
      control.value = "";
      show(undefined);
    },
  );
}

const NO_FILE: Bilingual = { zh: "未选择文件", en: "No file chosen" };

/**
 * An empty element whose value is always `value` (never fires): stands in for controls that cannot be
 * built yet, e.g. an editor while the scenario has problems.
 * @example nb.viewFrom("edits", [loaded], (o) => (o.ok ? editor(o) : constantView(null)), "editor")
 */
export function constantView<T>(
  value: T,
  tag: keyof HTMLElementTagNameMap = "div",
): HTMLElement & { readonly value: T } {
  const element = document.createElement(tag);
  Object.defineProperty(element, "value", { get: () => value, enumerable: true, configurable: true });
  return element as HTMLElement & { readonly value: T };
}
