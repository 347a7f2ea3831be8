/**
 * The total sweep page's controls as one input: the allocation method (the LP or a classical method)
 * and the first and last county total. Its value is the `SweepRequest` they describe (the range may
 * still be unusable: check it with `sweepRangeProblem`); it fires "input" on every valid change.
 */
import type { SweepRequest } from "../index.ts";
import { defineStrings } from "./i18n.ts";
import { methodSelect, number } from "./inputs.ts";

const S = defineStrings({
  method: { zh: "分配方法", en: "Allocation method" },
  from: { zh: "县域总量从（名）", en: "County total from" },
  to: { zh: "到（名）", en: "to" },
});

/**
 * Creates the controls set to `initial`.
 * @throws {RangeError} when the initial totals are not whole numbers >= 1
 * @example nb.viewFrom("request", [loaded], (o) => sweepControls({ method: o.scenario.method, from: 511, to: 571 }), "controls")
 */
export function sweepControls(initial: SweepRequest): HTMLElement & { readonly value: SweepRequest } {
  const root = document.createElement("div");
  root.className = "sweep-controls";
  const method = methodSelect(S.method, initial.method);
  method.classList.add("sweep-method");
  const from = number({ label: S.from, min: 1, integer: true, value: initial.from });
  from.classList.add("sweep-from");
  const to = number({ label: S.to, min: 1, integer: true, value: initial.to });
  to.classList.add("sweep-to");
  root.append(method, from, to);
  Object.defineProperty(root, "value", {
    get: (): SweepRequest => ({ method: method.value, from: from.value, to: to.value }),
    enumerable: true,
    configurable: true,
  });
  return root as unknown as HTMLElement & { readonly value: SweepRequest };
}
