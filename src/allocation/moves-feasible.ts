// Whether a set of one-way yearly moves can meet every year's total: a flow with lower bounds (a circulation).

/** One township's moves over the years of a path, all toward its target. */
export interface MoveUnit {
  /** +1: moves up (gains posts), −1: moves down (loses posts), 0: stays. */
  readonly direction: 1 | -1 | 0;
  /** Posts it may still move in all, whole posts >= 0. */
  readonly remaining: number;
  /** Per year of the horizon: the least and the most posts it moves that year, whole posts. */
  readonly low: readonly number[];
  readonly high: readonly number[];
}

const BIG = Number.MAX_SAFE_INTEGER / 4;

/**
 * Whether whole moves δ_{j,t} exist with low_{j,t} <= δ_{j,t} <= high_{j,t}, Σ_t δ_{j,t} <= remaining_j and, every year
 * t, Σ_j direction_j · δ_{j,t} = change[t] (the year's total less the year before's). The constraints are a network
 * flow (source → township moving up → year → township moving down → sink, each year's change an arc of fixed flow),
 * so whole moves exist exactly when real ones do; decided by a maximum flow (Dinic) after the classical reduction of
 * lower bounds. Years with nobody able to move need a change of 0.
 * @throws {RangeError} when a unit's low or high does not have one entry per year.
 * @example movesFeasible([{ direction: 1, remaining: 4, low: [0, 0], high: [2, 2] }], [2, 2]) // true
 * @example movesFeasible([{ direction: 1, remaining: 4, low: [0, 0], high: [2, 2] }], [3, 1]) // false: 3 > 2 in year 1
 */
export function movesFeasible(units: readonly MoveUnit[], change: readonly number[]): boolean {
  return movesFlow(units, change) !== null;
}

/**
 * A feasible set of moves (a circulation) kept while constraints are added one at a time: what the transition path's
 * greedy asks after every step ("can the remaining years still be met if this township moves at least / at most so
 * many posts this year?"). Each question is answered exactly: when the flow already satisfies the tighter bound
 * nothing is done; otherwise the flow on that arc must change by one post, which is possible exactly when the
 * residual graph has a path closing a cycle through the arc (the difference of two feasible circulations decomposes
 * into cycles of the first one's residual graph, and the one through the arc suffices), found by a breadth-first
 * search and augmented by one.
 */
export interface MovesFlow {
  /**
   * Requires unit j to move, in year t of the horizon, at least `moves` posts (a unit moving up) or at most `moves`
   * (a unit moving down); true when the moves stay feasible (kept), false when not (nothing changes).
   */
  require(j: number, t: number, moves: number): boolean;
}

/**
 * The moves of `movesFeasible` as a flow to which bounds can be added (`MovesFlow`), or null when no moves exist.
 * @throws {RangeError} when a unit's low or high does not have one entry per year.
 * @example movesFlow([{ direction: 1, remaining: 4, low: [0, 0], high: [2, 2] }], [2, 2])?.require(0, 0, 2) // true
 */
export function movesFlow(units: readonly MoveUnit[], change: readonly number[]): MovesFlow | null {
  const years = change.length;
  for (const unit of units) {
    if (unit.low.length !== years || unit.high.length !== years)
      throw new RangeError("movesFeasible: low and high need one entry per year");
    for (let t = 0; t < years; t++) if (unit.low[t]! > unit.high[t]!) return null;
  }
  // Nodes: 0 source, 1 sink, 2.. units, then years, then the super source and sink of the reduction.
  const unitNode = (j: number) => 2 + j;
  const yearNode = (t: number) => 2 + units.length + t;
  const superSource = 2 + units.length + years;
  const superSink = superSource + 1;
  const flow = new MaxFlow(superSink + 1);
  const excess = new Float64Array(superSink + 1);
  const arcs = new Arcs(superSource);
  // the reduced edge of each arc (−1 when its bounds are equal)
  const reduced: number[] = [];
  const arc = (from: number, to: number, low: number, high: number): number => {
    reduced.push(high > low ? flow.add(from, to, high - low) : -1);
    excess[to]! += low;
    excess[from]! -= low;
    return arcs.add(from, to, low, high);
  };
  const yearArc: number[][] = units.map(() => new Array<number>(years).fill(-1));
  for (let j = 0; j < units.length; j++) {
    const unit = units[j]!;
    if (unit.direction === 0) {
      if (unit.low.some((l) => l > 0)) return null;
      continue;
    }
    if (unit.direction === 1) arc(0, unitNode(j), 0, unit.remaining);
    else arc(unitNode(j), 1, 0, unit.remaining);
    for (let t = 0; t < years; t++) {
      if (unit.high[t]! <= 0) continue;
      yearArc[j]![t] =
        unit.direction === 1
          ? arc(unitNode(j), yearNode(t), unit.low[t]!, unit.high[t]!)
          : arc(yearNode(t), unitNode(j), unit.low[t]!, unit.high[t]!);
    }
  }
  for (let t = 0; t < years; t++) {
    const d = change[t]!;
    if (d >= 0) arc(yearNode(t), 1, d, d);
    else arc(0, yearNode(t), -d, -d);
  }
  arc(1, 0, 0, BIG);
  let need = 0;
  for (let v = 0; v < superSource; v++) {
    if (excess[v]! > 0) {
      flow.add(superSource, v, excess[v]!);
      need += excess[v]!;
    } else if (excess[v]! < 0) flow.add(v, superSink, -excess[v]!);
  }
  if (flow.run(superSource, superSink) !== need) return null;
  reduced.forEach((edge, k) => {
    arcs.flow[k] = arcs.low[k]! + (edge < 0 ? 0 : flow.pushed(edge));
  });
  return {
    require(j, t, moves) {
      const k = yearArc[j]![t]!;
      const up = units[j]!.direction === 1;
      if (k < 0) return up ? moves <= 0 : moves >= 0;
      if (up ? moves > arcs.high[k]! : moves < arcs.low[k]!) return false;
      // one post more (up) or less (down) on the arc at a time: a cycle through it in the residual graph; a failed
      // search leaves a flow that still meets the bounds before this call
      const [from, to] = up ? [arcs.to[k]!, arcs.from[k]!] : [arcs.from[k]!, arcs.to[k]!];
      while (up ? arcs.flow[k]! < moves : arcs.flow[k]! > moves) {
        if (!arcs.augment(from, to, k)) return false;
        arcs.flow[k]! += up ? 1 : -1;
      }
      if (up) arcs.low[k] = Math.max(arcs.low[k]!, moves);
      else arcs.high[k] = Math.min(arcs.high[k]!, moves);
      return true;
    },
  };
}

/** The arcs of a circulation with their bounds and flow, and one-post augmentations along residual paths. */
class Arcs {
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly low: number[] = [];
  readonly high: number[] = [];
  readonly flow: number[] = [];
  private readonly incident: number[][];
  // the search's marks (by stamp, so nothing is cleared between searches), the arc each node was entered by and in
  // which direction, and each node's next arc to try
  private readonly seen: Int32Array;
  private readonly via: Int32Array;
  private readonly forward: Uint8Array;
  private readonly cursor: Int32Array;
  private stamp = 0;
  /** The nodes a failed search reached from `source` (marked with `stamp`), while the flow has not changed since. */
  private unreachable: { readonly source: number; readonly stamp: number } | null = null;
  constructor(nodes: number) {
    this.incident = Array.from({ length: nodes }, () => []);
    this.seen = new Int32Array(nodes);
    this.via = new Int32Array(nodes);
    this.forward = new Uint8Array(nodes);
    this.cursor = new Int32Array(nodes);
  }
  add(from: number, to: number, low: number, high: number): number {
    const k = this.from.length;
    this.from.push(from);
    this.to.push(to);
    this.low.push(low);
    this.high.push(high);
    this.flow.push(low);
    this.incident[from]!.push(k);
    this.incident[to]!.push(k);
    return k;
  }
  /**
   * Sends one post from `source` to `sink` along a residual path that avoids arc `skip`; false when none exists.
   * A depth-first search that looks for the last hop into `sink` at every node it enters (the sink's few arcs), so
   * the usual short detour (another township gives up its move this year and takes it later) is found without
   * scanning a year's every arc. When no path exists, the nodes reached are kept: until the flow next changes, a sink
   * outside them has no path either (tightening a bound only removes residual arcs), which answers the many refusals
   * of a binding year at once.
   */
  augment(source: number, sink: number, skip: number): boolean {
    if (this.unreachable !== null && this.unreachable.source === source) {
      if (this.seen[sink] !== this.unreachable.stamp) return false;
    }
    const stamp = ++this.stamp;
    const { seen, via, forward, cursor } = this;
    const stack = [source];
    seen[source] = stamp;
    cursor[source] = 0;
    let found = -1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      if (cursor[v] === 0) {
        // the last hop, checked once when v is entered
        for (const k of this.incident[sink]!) {
          if (k === skip) continue;
          if (this.from[k] === v && this.to[k] === sink && this.flow[k]! < this.high[k]!) {
            found = k;
            forward[sink] = 1;
          } else if (this.to[k] === v && this.from[k] === sink && this.flow[k]! > this.low[k]!) {
            found = k;
            forward[sink] = 0;
          }
          if (found >= 0) break;
        }
        if (found >= 0) {
          via[sink] = found;
          break;
        }
      }
      const arcs = this.incident[v]!;
      let next = -1;
      while (cursor[v]! < arcs.length) {
        const k = arcs[cursor[v]!]!;
        cursor[v]! += 1;
        if (k === skip) continue;
        let w: number;
        let ahead: number;
        if (this.from[k] === v && this.flow[k]! < this.high[k]!) {
          w = this.to[k]!;
          ahead = 1;
        } else if (this.to[k] === v && this.flow[k]! > this.low[k]!) {
          w = this.from[k]!;
          ahead = 0;
        } else continue;
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        via[w] = k;
        forward[w] = ahead;
        cursor[w] = 0;
        next = w;
        break;
      }
      if (next < 0) stack.pop();
      else stack.push(next);
    }
    if (found < 0) {
      this.unreachable = { source, stamp };
      return false;
    }
    this.unreachable = null;
    for (let w = sink; w !== source; ) {
      const k = via[w]!;
      if (forward[w]) {
        this.flow[k]! += 1;
        w = this.from[k]!;
      } else {
        this.flow[k]! -= 1;
        w = this.to[k]!;
      }
    }
    return true;
  }
}

/** Dinic's maximum flow on whole capacities. */
class MaxFlow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly next: number[] = [];
  constructor(private readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }
  /** Adds an edge; returns its index (for `pushed`). */
  add(from: number, to: number, capacity: number): number {
    this.push(from, to, capacity);
    this.push(to, from, 0);
    return this.to.length - 2;
  }
  /** The flow on edge `edge` after `run`: what its reverse edge holds. */
  pushed(edge: number): number {
    return this.cap[edge ^ 1]!;
  }
  private push(from: number, to: number, capacity: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.next.push(this.head[from]!);
    this.head[from] = this.to.length - 1;
  }
  run(source: number, sink: number): number {
    let total = 0;
    const level = new Int32Array(this.nodes);
    const iter = new Array<number>(this.nodes);
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      const queue = [source];
      for (let i = 0; i < queue.length; i++) {
        const v = queue[i]!;
        for (let e = this.head[v]!; e >= 0; e = this.next[e]!) {
          const w = this.to[e]!;
          if (this.cap[e]! > 0 && level[w]! < 0) {
            level[w] = level[v]! + 1;
            queue.push(w);
          }
        }
      }
      if (level[sink]! < 0) return total;
      for (let v = 0; v < this.nodes; v++) iter[v] = this.head[v]!;
      for (;;) {
        const pushed = this.augment(source, sink, BIG, level, iter);
        if (pushed <= 0) break;
        total += pushed;
      }
    }
  }
  private augment(v: number, sink: number, limit: number, level: Int32Array, iter: number[]): number {
    if (v === sink) return limit;
    for (; iter[v]! >= 0; iter[v] = this.next[iter[v]!]!) {
      const e = iter[v]!;
      const w = this.to[e]!;
      if (this.cap[e]! <= 0 || level[w] !== level[v]! + 1) continue;
      const pushed = this.augment(w, sink, Math.min(limit, this.cap[e]!), level, iter);
      if (pushed > 0) {
        this.cap[e]! -= pushed;
        this.cap[e ^ 1]! += pushed;
        return pushed;
      }
    }
    return 0;
  }
}
