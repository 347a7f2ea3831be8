/**
 * What a printed page says about itself: the identity of the result it shows (county, scenario, key parameters,
 * data file, content hash, toolkit version; `resultIdentity` of the library) in a block that prints and is not shown
 * on screen, and the `data-ready` mark a printer waits for (`chromium --print-to-pdf`, `quota-planner report`).
 */
import {
  IDENTITY_LABELS,
  type IdentityFiles,
  type InMemorySources,
  identityRows,
  type Lang,
  type ResultIdentity,
  resultIdentity,
  type SolveOutcome,
} from "../index.ts";
import { t } from "./i18n.ts";
import type { PlannerSources, PlannerSourcesOutcome } from "./planner-sources.ts";
import type { Cell, Notebook } from "./runtime.ts";

/**
 * The identity of the page's result: the hash of the files the page solved (the scenario as its file's text), the
 * planner's own file name when their data is in use. Null when there is no result.
 * @example const identity = identityCell(nb, planner.sources, outcome);
 */
export function identityCell(
  nb: Notebook,
  sources: Cell<PlannerSourcesOutcome>,
  outcome: Cell<SolveOutcome>,
): Cell<ResultIdentity | null> {
  return nb.cell("identity", [sources, outcome], (s, o) =>
    s.ok && o.status === "solved"
      ? resultIdentity(
          o.scenario,
          o.result,
          pageIdentityFiles(s),
          s.data.kind === "own" ? { dataName: s.data.name } : {},
        )
      : null,
  );
}

/**
 * The files a page's result is identified by, as `resultIdentity` and `planIdentity` read them: the county table,
 * the scenario as its file's text, the standard, then the county-totals table, the offices table and power lists it
 * names.
 */
export function pageIdentityFiles(s: PlannerSources): IdentityFiles {
  return {
    data: s.sources.data,
    scenario: { text: s.yaml },
    model: s.sources.model,
    ...(s.sources.counties !== undefined && !("problems" in s.sources.counties)
      ? { counties: s.sources.counties }
      : {}),
    ...extraFiles(s.sources),
  };
}

/** The offices table and power lists a scenario names, hashed after the three files as `quota-planner` does. */
function extraFiles(sources: InMemorySources): {
  extra?: { readonly name: string; readonly bytes: Uint8Array }[];
} {
  const extra = [sources.offices, sources.powers].flatMap((f) =>
    f === undefined || "problems" in f
      ? []
      : [{ name: f.name, bytes: "bytes" in f ? f.bytes : new TextEncoder().encode(f.text) }],
  );
  return extra.length > 0 ? { extra } : {};
}

/**
 * The identity as a block for print (class `print-identity`: hidden on screen, shown in print). `compact`: one
 * line, for the foot of each township's page in a pack.
 * @example slot.append(identityView(identity, "zh"))
 */
export function identityView(
  identity: ResultIdentity | null,
  lang: Lang,
  options: { readonly compact?: boolean } = {},
): HTMLElement {
  const box = document.createElement("div");
  box.className = options.compact === true ? "print-identity compact" : "print-identity";
  box.dataset.testid = "print-identity";
  if (identity === null) return box;
  const rows = identityRows(identity, lang);
  if (options.compact === true) {
    box.textContent = rows
      .map(([label, value]) => `${label}${lang === "zh" ? "：" : ": "}${value}`)
      .join(" · ");
    return box;
  }
  const title = document.createElement("div");
  title.className = "print-identity-title";
  title.textContent = t(IDENTITY_LABELS.title, lang);
  const list = document.createElement("dl");
  for (const [label, value] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.className = "print-identity-row";
    dd.textContent = value;
    list.append(dt, dd);
  }
  box.append(title, list);
  return box;
}

/**
 * Longest time a page holds its load event back for its first render, ms: a page whose cells fail still loads.
 */
export const LOAD_HOLD_LIMIT_MS = 30_000;

/**
 * Holds the document's load event back until `release` is called (or `LOAD_HOLD_LIMIT_MS` passed). A plain
 * `chromium --headless --print-to-pdf=out.pdf <url>` prints as soon as the load event has fired (tried with Debian's
 * Chromium: a top-level `await`, a pending Worker and `--virtual-time-budget` do not hold it); the load event waits
 * for every child frame still loading, and an empty frame whose document was opened by `document.open()` is loading
 * until `document.close()`. Call it while the page's module runs, before the load event.
 * @example const release = holdLoadEvent(); render().then(release);
 */
export function holdLoadEvent(limitMs = LOAD_HOLD_LIMIT_MS): () => void {
  if (document.readyState === "complete") return () => {};
  const frame = document.createElement("iframe");
  frame.hidden = true;
  frame.className = "no-print";
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  document.body.append(frame);
  const held = frame.contentDocument;
  held?.open();
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    held?.close();
    frame.remove();
  };
  const timer = setTimeout(release, limitMs);
  return release;
}

/**
 * Marks the page ready to print (`document.body.dataset.ready = "true"`) once every cell of `rendered` has a value
 * for the first time and the browser has laid it out (two animation frames). A printer waits for
 * `body[data-ready=true]`; until then the document's load event is held back (`holdLoadEvent`), so a printer that
 * waits only for the load event (`chromium --headless --print-to-pdf`) prints the rendered page too. `onReady` runs
 * then, once.
 * @example markReadyAfter(nb, [summary, waterfall, factors, indicators, identity])
 */
export function markReadyAfter(nb: Notebook, rendered: readonly Cell<unknown>[], onReady?: () => void): void {
  const releaseLoad = holdLoadEvent();
  const host = document.createElement("div");
  host.hidden = true;
  host.className = "no-print";
  document.body.append(host);
  nb.render(
    nb.cell("ready", [...rendered], () => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (document.body.dataset.ready === "true") return;
          document.body.dataset.ready = "true";
          releaseLoad();
          onReady?.();
        }),
      );
      return document.createComment("ready");
    }),
    host,
  );
}
