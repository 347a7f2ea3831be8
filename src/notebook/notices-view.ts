/**
 * The notices of a county table (what the reader skipped, joined, converted or did not recognise) as a plain list
 * for a page: ⚠ or ℹ, then "where: message" in `lang`, one item per notice. Empty notices give an empty list.
 */
import { formatProblem, type InputProblem, type Lang, noticeSeverity } from "../index.ts";

/**
 * @example slot.append(noticesView(data.notices, "zh"))
 */
export function noticesView(notices: readonly InputProblem[], lang: Lang): HTMLElement {
  const list = document.createElement("ul");
  list.className = "notices";
  list.dataset.testid = "notices";
  for (const notice of notices) {
    const warning = noticeSeverity(notice.code) === "warning";
    const item = document.createElement("li");
    item.className = warning ? "notice warning" : "notice info";
    item.dataset.code = notice.code;
    item.textContent = `${warning ? "⚠" : "ℹ"} ${formatProblem(notice, lang)}`;
    list.append(item);
  }
  return list;
}
