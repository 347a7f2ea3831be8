/**
 * A tiny typed RPC between a page and a Web Worker, for work that blocks (HiGHS solves are
 * synchronous WASM calls). The worker exposes an object of functions; the page calls them by name
 * with the types of that object:
 *
 * ```ts
 * // solve.worker.ts
 * import { exposeWorkerApi } from "../src/notebook/worker.ts";
 * const api = { add: (a: number, b: number) => a + b };
 * export type Api = typeof api;
 * exposeWorkerApi(api);
 *
 * // page.ts
 * import type { Api } from "./solve.worker.ts";
 * const solver = createWorkerClient<Api>(new Worker(new URL("./solve.worker.ts", import.meta.url), { type: "module" }));
 * await solver.call("add", [1, 2]); // 3
 * ```
 *
 * Calls run one at a time in order. A call whose `signal` aborts while it waits is never sent,
 * so a fast slider does not queue up stale solves; one already running finishes in the worker (its
 * result is dropped) before the next is sent. Arguments and results are copied (structured clone).
 */

/** The functions a worker exposes. */
export type WorkerApi = { readonly [method: string]: (...args: never[]) => unknown };

type ArgsOf<F> = F extends (...args: infer A) => unknown ? A : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/** A message from the page to the worker. */
export interface RpcRequest {
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** A message from the worker to the page. */
export type RpcResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { name: string; message: string; stack?: string };
    };

/** What `createWorkerClient` needs of a Worker (a MessagePort also fits, for tests). */
export interface WorkerEndpoint {
  postMessage(message: RpcRequest): void;
  addEventListener(type: "message" | "messageerror" | "error", listener: (event: Event) => void): void;
  terminate?(): void;
}

/** What `exposeWorkerApi` needs of the worker's global scope (a MessagePort also fits). */
export interface WorkerScope {
  postMessage(message: RpcResponse): void;
  addEventListener(type: "message", listener: (event: Event) => void): void;
}

/** The page's side of the RPC. */
export interface WorkerClient<Api extends WorkerApi> {
  /**
   * Calls `method` in the worker with `args`; resolves with its (awaited) result.
   * Rejects with the worker's error (same name and message), with an "AbortError" DOMException
   * when `signal` aborts first, or when the worker failed to load or was terminated.
   */
  call<K extends keyof Api & string>(
    method: K,
    args: ArgsOf<Api[K]>,
    options?: { readonly signal?: AbortSignal },
  ): Promise<ResultOf<Api[K]>>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

interface Pending {
  readonly request: RpcRequest;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
  /** Aborted while running: the caller has been answered, the worker has not finished. */
  abandoned: boolean;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The call was aborted.", "AbortError");
}

/**
 * Wraps a Worker (or MessagePort) running `exposeWorkerApi` in a typed client.
 * @example const solver = createWorkerClient<Api>(new Worker(new URL("./solve.worker.ts", import.meta.url), { type: "module" }));
 */
export function createWorkerClient<Api extends WorkerApi>(worker: WorkerEndpoint): WorkerClient<Api> {
  let nextId = 1;
  let running: Pending | undefined;
  let broken: Error | undefined;
  const queue: Pending[] = [];

  const settle = (pending: Pending): void => {
    pending.signal?.removeEventListener("abort", pending.onAbort);
    if (running === pending) running = undefined;
  };
  const release = (pending: Pending): boolean => {
    settle(pending);
    return !pending.abandoned;
  };

  const pump = (): void => {
    while (running === undefined && queue.length > 0) {
      const next = queue.shift()!;
      if (broken !== undefined) {
        settle(next);
        next.reject(broken);
        continue;
      }
      running = next;
      try {
        worker.postMessage(next.request);
      } catch (error) {
        settle(next); // e.g. arguments that cannot be copied (DataCloneError)
        next.reject(error);
      }
    }
  };

  const fail = (error: Error): void => {
    broken ??= error;
    const all = running === undefined ? [...queue] : [running, ...queue];
    queue.length = 0;
    running = undefined;
    for (const pending of all) {
      if (release(pending)) pending.reject(error);
    }
  };

  worker.addEventListener("message", (event) => {
    const response = (event as MessageEvent<RpcResponse>).data;
    const current = running;
    if (current === undefined || response.id !== current.request.id) return;
    if (!release(current)) {
      // the caller gave up on this call; its result is dropped
    } else if (response.ok) {
      current.resolve(response.value);
    } else {
      const error = new Error(response.error.message);
      error.name = response.error.name;
      if (response.error.stack !== undefined) error.stack = response.error.stack;
      current.reject(error);
    }
    pump();
  });
  worker.addEventListener("messageerror", () => {
    const current = running;
    if (current === undefined) return;
    if (release(current)) {
      current.reject(new Error(`worker call "${current.request.method}": the result could not be received`));
    }
    pump();
  });
  worker.addEventListener("error", (event) => {
    const message = (event as ErrorEvent).message || "the worker script failed to load or threw";
    fail(new Error(`worker failed: ${message}`));
  });

  return {
    call(method, args, options = {}) {
      const { signal } = options;
      return new Promise((resolve, reject) => {
        if (broken !== undefined) return reject(broken);
        if (signal?.aborted) return reject(abortError(signal));
        const pending: Pending = {
          request: { id: nextId++, method, args },
          resolve: resolve as (value: unknown) => void,
          reject,
          signal,
          abandoned: false,
          onAbort: () => {
            const index = queue.indexOf(pending);
            if (index >= 0) {
              queue.splice(index, 1);
              settle(pending);
            } else {
              pending.abandoned = true; // running: keep the worker's slot until it answers
            }
            reject(abortError(signal!));
          },
        };
        signal?.addEventListener("abort", pending.onAbort, { once: true });
        queue.push(pending);
        pump();
      });
    },
    terminate() {
      worker.terminate?.();
      fail(new Error("worker terminated"));
    },
  };
}

/**
 * Serves `api` to the page from inside a worker: each request calls `api[method](...args)` and
 * posts back its awaited result, or its error's name and message.
 * @example exposeWorkerApi({ solveLp: (text: string) => highs.solve(text) });
 */
export function exposeWorkerApi(api: WorkerApi, scope: WorkerScope = self as unknown as WorkerScope): void {
  scope.addEventListener("message", async (event) => {
    const { id, method, args } = (event as MessageEvent<RpcRequest>).data;
    const reply = (response: RpcResponse): void => {
      try {
        scope.postMessage(response);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        scope.postMessage({ id, ok: false, error: { name: "DataCloneError", message } });
      }
    };
    try {
      const fn = Object.hasOwn(api, method) ? api[method] : undefined;
      if (typeof fn !== "function") throw new TypeError(`the worker has no method "${method}"`);
      const value = await (fn as (...a: unknown[]) => unknown)(...args);
      reply({ id, ok: true, value });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply({
        id,
        ok: false,
        error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) },
      });
    }
  });
}

/** Why a call was stopped: the planner pressed stop, or it ran past its time limit. */
export type StopReason = "user" | "timeLimit";

/** The rejection of every call running or waiting when `StoppableClient.stop` ran. */
export class CallStopped extends Error {
  readonly reason: StopReason;
  constructor(reason: StopReason) {
    super(`worker call stopped (${reason})`);
    this.name = "CallStopped";
    this.reason = reason;
  }
}

/** A worker client that can be stopped: the worker is terminated and a fresh one takes the next calls. */
export interface StoppableClient<Api extends WorkerApi> extends WorkerClient<Api> {
  /** Terminates the worker; the calls running or waiting reject with `CallStopped(reason)`; later calls run in a new worker. */
  stop(reason: StopReason): void;
  /** Calls running or waiting now. */
  readonly busy: number;
  /** Runs `listener` whenever `busy` changes; returns a function that stops listening. */
  onBusy(listener: (busy: number) => void): () => void;
}

/**
 * A worker client that survives `stop`: a solve that takes too long (a huge total) is ended by terminating its
 * worker — the only way to interrupt synchronous work in it — and the page goes on with a new worker.
 * @example const solver = stoppableWorkerClient<Api>(() => new Worker(new URL("./solve.worker.ts", import.meta.url), { type: "module" }));
 */
export function stoppableWorkerClient<Api extends WorkerApi>(
  make: () => WorkerEndpoint,
): StoppableClient<Api> {
  let client = createWorkerClient<Api>(make());
  let generation = 0;
  const stoppedAs = new Map<number, StopReason>();
  let busy = 0;
  const listeners = new Set<(busy: number) => void>();
  const setBusy = (next: number): void => {
    busy = next;
    for (const listener of listeners) listener(busy);
  };
  return {
    call(method, args, options) {
      const mine = generation;
      setBusy(busy + 1);
      return client.call(method, args, options).then(
        (value) => {
          setBusy(busy - 1);
          return value;
        },
        (error: unknown) => {
          setBusy(busy - 1);
          const reason = stoppedAs.get(mine);
          throw reason !== undefined && !(options?.signal?.aborted ?? false)
            ? new CallStopped(reason)
            : error;
        },
      );
    },
    stop(reason) {
      const old = client;
      stoppedAs.set(generation, reason);
      generation += 1;
      client = createWorkerClient<Api>(make());
      old.terminate();
    },
    terminate() {
      client.terminate();
    },
    get busy() {
      return busy;
    },
    onBusy(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
