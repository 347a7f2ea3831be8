// Minimal typings for the parts of the Observable runtime and inspector that src/notebook uses.
// The packages ship JavaScript only. Reference: node_modules/@observablehq/runtime/README.md and
// node_modules/@observablehq/inspector/README.md.

declare module "@observablehq/runtime" {
  /** Watches one variable; called around each (re)computation. */
  export interface Observer {
    pending?(): void;
    fulfilled?(value: unknown, name?: string | null): void;
    rejected?(error: unknown, name?: string | null): void;
  }

  export class Variable {
    define(name: string | null, inputs: readonly string[], definition: unknown): this;
    define(inputs: readonly string[], definition: unknown): this;
    define(definition: unknown): this;
    delete(): void;
    dispose(): void;
  }

  export class Module {
    variable(observer?: Observer | boolean): Variable;
    define(name: string | null, inputs: readonly string[], definition: unknown): Variable;
    redefine(name: string, inputs: readonly string[], definition: unknown): Variable;
    value(name: string): Promise<unknown>;
  }

  export class Runtime {
    /**
     * @param builtins values visible to every variable by name
     * @param global resolves names that are neither variables nor builtins; return undefined to make
     *   the reference an error
     */
    constructor(builtins?: Record<string, unknown>, global?: (name: string) => unknown);
    module(): Module;
    dispose(): void;
  }

  export class RuntimeError extends Error {
    constructor(message: string, input?: string);
    readonly input?: string;
  }
}

declare module "@observablehq/inspector" {
  import type { Observer } from "@observablehq/runtime";

  export class Inspector implements Observer {
    constructor(node: Element);
    pending(): void;
    fulfilled(value: unknown, name?: string | null): void;
    rejected(error: unknown, name?: string | null): void;
  }
}
