/**
 * A small typed layer over the Observable runtime: cells are typed handles, inputs are other
 * handles, and output goes to named slots in the page's HTML (layout lives in the HTML, not in
 * the order cells are defined). No `@observablehq/stdlib`: it loads its built-ins from a CDN.
 *
 * ```ts
 * const nb = notebook();
 * const weight = nb.view("weight", range({ label: { zh: "权重", en: "Weight" }, min: 0, max: 1 }), "weight");
 * const data = nb.mutable<readonly number[]>("data", []);
 * const total = nb.cell("total", [weight, data], (w, xs) => w * xs.reduce((a, b) => a + b, 0));
 * nb.render(total, "total"); // into <output data-slot="total"></output>
 * data.value = [1, 2, 3];    // pushes a new value; total recomputes
 * ```
 */
import { Inspector } from "@observablehq/inspector";
import { type Module, Runtime, RuntimeError } from "@observablehq/runtime";

declare const cellValue: unique symbol;

/** A named reactive value of type `T` in a notebook. Pass it as an input to other cells. */
export interface Cell<T> {
  /** The cell's name, unique in its notebook (shown in error messages). */
  readonly name: string;
  /** Type marker only; never present at run time. */
  readonly [cellValue]?: T;
}

/** A cell whose value the page sets from outside the notebook (loaded data, a language switch). */
export interface Mutable<T> extends Cell<T> {
  /** The current value; assigning recomputes every cell that depends on it. */
  value: T;
}

/** The values of a tuple of cells, in order. */
export type CellValues<C extends readonly Cell<unknown>[]> = {
  -readonly [K in keyof C]: C[K] extends Cell<infer T> ? T : never;
};

/** Passed to every cell definition after its inputs. */
export interface CellContext {
  /** Aborted when the cell is recomputed or the notebook is disposed: cancel fetches and worker calls. */
  readonly signal: AbortSignal;
}

/** Where a cell's output goes: the value of a `data-slot` attribute, or an element. */
export type Slot = string | Element;

/** A set of reactive cells on one page. */
export interface Notebook {
  /**
   * Defines a cell computed from `inputs`; it recomputes whenever one of them changes.
   * The definition may return a promise; a result that arrives after the inputs changed again is
   * dropped (use `context.signal` to stop the work early).
   * @throws {Error} when `name` is already used in this notebook
   */
  cell<const C extends readonly Cell<unknown>[], T>(
    name: string,
    inputs: C,
    definition: (...args: [...CellValues<C>, CellContext]) => T,
  ): Cell<Awaited<T>>;
  /**
   * Defines a cell whose value the page assigns (`cell.value = x`).
   * @throws {Error} when `name` is already used in this notebook
   */
  mutable<T>(name: string, initial: T): Mutable<T>;
  /**
   * Defines a cell following `element.value`, updated on each "input" event of the element
   * (the Observable `viewof` / `Generators.input` pattern). With `slot`, the element is placed there.
   * @throws {Error} when `name` is already used, or the slot is missing
   */
  view<T>(name: string, element: ViewElement<T>, slot?: Slot): Cell<T>;
  /**
   * A view whose element is built from other cells: `build` runs again whenever an input changes,
   * its element replaces the previous one in `slot`, and the cell follows the new element's value
   * (e.g. controls initialised from a loaded scenario). The element cell is named `name + "$element"`.
   * @throws {Error} when `name` is already used, or the slot is missing
   */
  viewFrom<const C extends readonly Cell<unknown>[], T>(
    name: string,
    inputs: C,
    build: (...args: [...CellValues<C>, CellContext]) => ViewElement<T>,
    slot: Slot,
  ): Cell<T>;
  /**
   * Shows a cell's value in a slot: DOM nodes are inserted as they are, other values are inspected;
   * an error is shown in the slot and logged to the console. Returns a function that stops it.
   * @throws {Error} when the slot is missing
   */
  render(cell: Cell<unknown>, slot: Slot): () => void;
  /** The cell's next settled value (computing it if nothing observes it). */
  value<T>(cell: Cell<T>): Promise<T>;
  /** Stops every cell; aborts their signals. */
  dispose(): void;
}

/** An element with a `value` that fires "input" when the value changes (see ./inputs.ts). */
export type ViewElement<T> = Element & { readonly value: T };

/**
 * Creates a notebook whose slots are looked up in `root`.
 * Names not defined as cells are errors (no fallback to `window` globals).
 * @example
 * const nb = notebook();
 * const n = nb.mutable("n", 2);
 * nb.render(nb.cell("square", [n], (x) => x * x), "square");
 */
export function notebook(root: ParentNode = document): Notebook {
  const runtime = new Runtime({}, (name) => {
    throw new RuntimeError(`${name} is not defined`, name);
  });
  const module: Module = runtime.module();
  const names = new Set<string>();

  const claim = (name: string): void => {
    if (typeof name !== "string" || name === "" || name === "invalidation" || name === "visibility") {
      throw new Error(`invalid cell name: ${JSON.stringify(name)}`);
    }
    if (names.has(name)) throw new Error(`cell "${name}" is defined twice`);
    names.add(name);
  };

  const slotElement = (slot: Slot): Element => {
    if (typeof slot !== "string") return slot;
    const element = root.querySelector(`[data-slot="${CSS.escape(slot)}"]`);
    if (element === null) throw new Error(`no element with data-slot="${slot}" on this page`);
    return element;
  };

  const nb: Notebook = {
    cell(name, inputs, definition) {
      claim(name);
      module.define(name, [...inputs.map((input) => input.name), "invalidation"], (...args: unknown[]) => {
        const invalidation = args.pop() as Promise<void>;
        const controller = new AbortController();
        invalidation.then(() => controller.abort());
        return (definition as (...a: unknown[]) => unknown)(...args, { signal: controller.signal });
      });
      return { name } as Cell<never>;
    },

    mutable<T>(name: string, initial: T): Mutable<T> {
      claim(name);
      let current = initial;
      const variable = module.define(name, [], () => current);
      return {
        name,
        get value() {
          return current;
        },
        set value(next: T) {
          current = next;
          variable.define(name, [], () => current);
        },
      } as Mutable<T>;
    },

    view<T>(name: string, element: ViewElement<T>, slot?: Slot): Cell<T> {
      const target = slot === undefined ? undefined : slotElement(slot);
      claim(name);
      if (target !== undefined) target.append(element);
      module.define(name, [], () => input(element));
      return { name } as Cell<T>;
    },

    viewFrom(name, inputs, build, slot) {
      const element = nb.cell(`${name}$element`, inputs, build);
      nb.render(element, slot);
      claim(name);
      module.define(name, [element.name], (current: ViewElement<unknown>) => input(current));
      return { name } as Cell<never>;
    },

    render(cell, slot) {
      const element = slotElement(slot);
      const inspector = new Inspector(element);
      const variable = module.variable({
        pending: () => inspector.pending(),
        fulfilled: (value) => inspector.fulfilled(value),
        rejected: (error) => {
          console.error(`[cell ${cell.name}]`, error);
          inspector.rejected(error);
        },
      });
      variable.define(null, [cell.name], (value: unknown) => value);
      return () => variable.delete();
    },

    value<T>(cell: Cell<T>): Promise<T> {
      return module.value(cell.name) as Promise<T>;
    },

    dispose() {
      runtime.dispose();
    },
  };
  return nb;
}

/**
 * An async-iterable of the values passed to `notify`, starting when `initialize` runs; the function
 * `initialize` returns is called when the consumer stops. Values pushed faster than they are read
 * collapse to the latest (the `Generators.observe` contract).
 * @example
 * const width = observe<number>((notify) => {
 *   const onResize = () => notify(window.innerWidth);
 *   window.addEventListener("resize", onResize);
 *   onResize();
 *   return () => window.removeEventListener("resize", onResize);
 * });
 */
export function observe<T>(
  initialize: (notify: (value: T) => void) => (() => void) | undefined,
): AsyncGenerator<T, undefined, unknown> {
  let latest: T;
  let hasUnread = false;
  let done = false;
  let wake: ((value: T) => void) | undefined;
  const notify = (value: T): void => {
    latest = value;
    if (wake !== undefined) {
      const resolve = wake;
      wake = undefined;
      resolve(value);
    } else {
      hasUnread = true;
    }
  };
  const dispose = initialize(notify);
  const finish = (): IteratorReturnResult<undefined> => {
    if (!done) {
      done = true;
      dispose?.();
    }
    return { done: true, value: undefined };
  };
  const iterator: AsyncGenerator<T, undefined, unknown> = {
    async next() {
      if (done) return { done: true, value: undefined };
      if (hasUnread) {
        hasUnread = false;
        return { done: false, value: latest };
      }
      return { done: false, value: await new Promise<T>((resolve) => (wake = resolve)) };
    },
    async return() {
      return finish();
    },
    async throw(error: unknown) {
      finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * The values of `element.value`: the current one first, then one after each "input" event
 * (the `Generators.input` equivalent for the elements of ./inputs.ts and native form controls).
 * @example
 * for await (const value of input(slider)) console.log(value);
 */
export function input<T>(element: ViewElement<T>): AsyncGenerator<T, undefined, unknown> {
  return observe<T>((notify) => {
    const onInput = (): void => notify(element.value);
    element.addEventListener("input", onInput);
    notify(element.value);
    return () => element.removeEventListener("input", onInput);
  });
}
