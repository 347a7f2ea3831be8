// The DOM-free parts of src/notebook, run in Node: language choice, strings, CSV bytes,
// the worker RPC (over a MessageChannel) and the typed runtime (cells, mutables, views).
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { csvBlob, xlsxBlob, yamlBlob } from "../../src/notebook/download.ts";
import { chooseLang, defineStrings, parseLang, t, withLang } from "../../src/notebook/i18n.ts";
import { type Cell, input, notebook, observe, type ViewElement } from "../../src/notebook/runtime.ts";
import {
  CallStopped,
  createWorkerClient,
  exposeWorkerApi,
  stoppableWorkerClient,
  type WorkerEndpoint,
  type WorkerScope,
} from "../../src/notebook/worker.ts";

describe("language", () => {
  it("chooseLang(search, stored) prefers the URL, then storage, then Chinese; ignores unknown codes", () => {
    expect(chooseLang("?lang=en", "zh")).toBe("en");
    expect(chooseLang("?lang=zh", "en")).toBe("zh");
    expect(chooseLang("", "en")).toBe("en");
    expect(chooseLang("?lang=fr", "en")).toBe("en");
    expect(chooseLang("?lang=fr", "de")).toBe("zh");
    expect(chooseLang("", null)).toBe("zh");
  });

  it("parseLang(value) accepts only zh and en", () => {
    expect(["zh", "en", "EN", "zh-CN", "", null, undefined].map(parseLang)).toEqual([
      "zh",
      "en",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("withLang(href, lang, base) sets lang, keeps other parameters and the hash", () => {
    const base = "http://127.0.0.1:5173/pages/index.html?lang=zh";
    expect(withLang("weights.html?scenario=a#top", "en", base)).toBe(
      "http://127.0.0.1:5173/pages/weights.html?scenario=a&lang=en#top",
    );
    expect(withLang("./index.html?lang=zh", "en", base)).toBe(
      "http://127.0.0.1:5173/pages/index.html?lang=en",
    );
  });

  it("t(text, lang, params) picks the language and fills {placeholders}; a missing one throws", () => {
    const text = { zh: "共{n}个乡镇，{m}个编制", en: "{n} townships, {m} posts" };
    expect(t(text, "zh", { n: 12, m: 300 })).toBe("共12个乡镇，300个编制");
    expect(t(text, "en", { n: 12, m: 300 })).toBe("12 townships, 300 posts");
    expect(t(text, "en")).toBe("{n} townships, {m} posts");
    expect(() => t(text, "en", { n: 1 })).toThrow("{m}");
  });

  it("defineStrings(strings) rejects a string missing one language", () => {
    expect(defineStrings({ a: { zh: "甲", en: "A" } }).a.en).toBe("A");
    expect(() => defineStrings({ a: { zh: "甲", en: "" } })).toThrow('"a"');
  });
});

describe("download blobs", () => {
  it("csvBlob(text) starts with the UTF-8 byte order mark EF BB BF, once", async () => {
    const bytes = new Uint8Array(await csvBlob("乡镇\n").arrayBuffer());
    // EF BB BF, then 乡 E4 B9 A1, 镇 E9 95 87 (UTF-8 of U+4E61, U+9547), then 0A
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xe4, 0xb9, 0xa1, 0xe9, 0x95, 0x87, 0x0a]);
    const twice = new Uint8Array(await csvBlob("\uFEFFa").arrayBuffer());
    expect([...twice]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect(csvBlob("a").type).toBe("text/csv;charset=utf-8");
  });

  it("yamlBlob has no byte order mark; xlsxBlob keeps the bytes and the XLSX type", async () => {
    expect([...new Uint8Array(await yamlBlob("a: 1\n").arrayBuffer())]).toEqual([
      0x61, 0x3a, 0x20, 0x31, 0x0a,
    ]);
    const xlsx = xlsxBlob(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect([...new Uint8Array(await xlsx.arrayBuffer())]).toEqual([0x50, 0x4b, 3, 4]);
    expect(xlsx.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});

/** A client and a served api joined by a MessageChannel (the same messages a Worker carries). */
function connect<Api extends Record<string, (...args: never[]) => unknown>>(api: Api) {
  const { port1, port2 } = new MessageChannel();
  exposeWorkerApi(api, port2 as unknown as WorkerScope);
  const client = createWorkerClient<Api>(port1 as unknown as WorkerEndpoint);
  port2.start();
  port1.start();
  return {
    client,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

describe("stoppableWorkerClient(make)", () => {
  it("stop() rejects the running and waiting calls with CallStopped, counts them, and the next call runs in a new worker", async () => {
    const ports: { close: () => void }[] = [];
    let made = 0;
    // the first worker never answers "hang"; every worker answers "add"
    const make = (): WorkerEndpoint => {
      made += 1;
      const { port1, port2 } = new MessageChannel();
      exposeWorkerApi(
        { hang: () => new Promise<number>(() => {}), add: (a: number, b: number) => a + b },
        port2 as unknown as WorkerScope,
      );
      port2.start();
      port1.start();
      ports.push(port1, port2);
      return Object.assign(port1 as unknown as WorkerEndpoint, { terminate: () => port2.close() });
    };
    const client = stoppableWorkerClient<{
      hang: () => Promise<number>;
      add: (a: number, b: number) => number;
    }>(make);
    const seen: number[] = [];
    client.onBusy((busy) => seen.push(busy));
    const running = client.call("hang", []);
    const waiting = client.call("add", [1, 2]);
    expect(client.busy).toBe(2);
    client.stop("user");
    await expect(running).rejects.toBeInstanceOf(CallStopped);
    await expect(waiting).rejects.toMatchObject({ name: "CallStopped", reason: "user" });
    expect(client.busy).toBe(0);
    expect(seen).toEqual([1, 2, 1, 0]);
    // a fresh worker takes the next call
    await expect(client.call("add", [2, 3])).resolves.toBe(5);
    expect(made).toBe(2);
    for (const port of ports) port.close();
  });
});

describe("createWorkerClient / exposeWorkerApi", () => {
  it("calls a method with its arguments and resolves with its awaited result", async () => {
    const { client, close } = connect({
      add: (a: number, b: number) => a + b,
      later: async (text: string) => text.toUpperCase(),
    });
    await expect(client.call("add", [2, 3])).resolves.toBe(5);
    await expect(client.call("later", ["ok"])).resolves.toBe("OK");
    close();
  });

  it("rejects with the worker's error name and message, and for an unknown method", async () => {
    const { client, close } = connect({
      fail: (): number => {
        throw new RangeError("limit must be finite");
      },
    });
    await expect(client.call("fail", [])).rejects.toMatchObject({
      name: "RangeError",
      message: "limit must be finite",
    });
    const untyped = client as unknown as { call: (m: string, a: unknown[]) => Promise<unknown> };
    await expect(untyped.call("nope", [])).rejects.toMatchObject({ name: "TypeError" });
    close();
  });

  it("never sends a call aborted while it waits, and drops the result of one aborted while running", async () => {
    const seen: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, close } = connect({
      work: async (n: number) => {
        seen.push(n);
        if (n === 1) await gate;
        return n * 10;
      },
    });
    const first = new AbortController();
    const second = new AbortController();
    const p1 = client.call("work", [1], { signal: first.signal });
    const p2 = client.call("work", [2], { signal: second.signal });
    const p3 = client.call("work", [3]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // let call 1 reach the worker
    first.abort();
    second.abort();
    await expect(p1).rejects.toMatchObject({ name: "AbortError" });
    await expect(p2).rejects.toMatchObject({ name: "AbortError" });
    release();
    await expect(p3).resolves.toBe(30);
    expect(seen).toEqual([1, 3]); // 2 was never sent; 3 waited for 1 to finish
    close();
  });

  it("rejects at once when the signal is already aborted", async () => {
    const { client, close } = connect({ work: (n: number) => n });
    await expect(client.call("work", [1], { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    close();
  });
});

describe("observe / input", () => {
  it("observe(initialize) yields the latest value, collapsing values pushed before they are read", async () => {
    let push!: (n: number) => void;
    let disposed = false;
    const values = observe<number>((notify) => {
      push = notify;
      return () => {
        disposed = true;
      };
    });
    push(1);
    push(2);
    expect(await values.next()).toEqual({ done: false, value: 2 });
    const pending = values.next();
    push(3);
    expect(await pending).toEqual({ done: false, value: 3 });
    await values.return(undefined);
    expect(disposed).toBe(true);
    expect(await values.next()).toEqual({ done: true, value: undefined });
  });

  it("input(element) starts with element.value and follows its input events", async () => {
    const target = Object.assign(new EventTarget(), { value: 5 });
    const values = input(target as unknown as ViewElement<number>);
    expect((await values.next()).value).toBe(5);
    target.value = 7;
    target.dispatchEvent(new Event("input"));
    expect((await values.next()).value).toBe(7);
    await values.return(undefined);
  });
});

describe("notebook()", () => {
  const settle = <T>(nb: ReturnType<typeof notebook>, cell: Cell<T>) => nb.value(cell);

  it("nb.cell computes from its inputs and recomputes when a mutable changes", async () => {
    const nb = notebook({ querySelector: () => null } as unknown as ParentNode);
    const weights = nb.mutable<readonly number[]>("weights", [1, 3]);
    const scale = nb.mutable("scale", 2);
    const total = nb.cell("total", [weights, scale], (w, s) => s * w.reduce((a, b) => a + b, 0));
    const label = nb.cell("label", [total], async (x) => `total ${x}`);
    expect(await settle(nb, total)).toBe(8); // 2 × (1 + 3)
    weights.value = [1, 3, 6];
    expect(await settle(nb, label)).toBe("total 20"); // 2 × 10
    expect(weights.value).toEqual([1, 3, 6]);
    nb.dispose();
  });

  it("nb.view follows the element's value; a second cell with the same name throws", async () => {
    const nb = notebook({ querySelector: () => null } as unknown as ParentNode);
    const slider = Object.assign(new EventTarget(), { value: 0.25 });
    const weight = nb.view("weight", slider as unknown as ViewElement<number>);
    const percent = nb.cell("percent", [weight], (w) => w * 100);
    expect(await settle(nb, percent)).toBe(25);
    slider.value = 0.5;
    slider.dispatchEvent(new Event("input"));
    await expect.poll(() => settle(nb, percent)).toBe(50);
    expect(() => nb.mutable("percent", 1)).toThrow('cell "percent" is defined twice');
    nb.dispose();
  });

  it("a cell's signal is aborted when its input changes", async () => {
    const nb = notebook({ querySelector: () => null } as unknown as ParentNode);
    const n = nb.mutable("n", 1);
    const signals: AbortSignal[] = [];
    const echo = nb.cell("echo", [n], (x, { signal }) => {
      signals.push(signal);
      return x;
    });
    expect(await settle(nb, echo)).toBe(1);
    n.value = 2;
    expect(await settle(nb, echo)).toBe(2);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    nb.dispose();
  });
});
