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
  const years = change.length;
  for (const unit of units) {
    if (unit.low.length !== years || unit.high.length !== years)
      throw new RangeError("movesFeasible: low and high need one entry per year");
    for (let t = 0; t < years; t++) if (unit.low[t]! > unit.high[t]!) return false;
  }
  // Nodes: 0 source, 1 sink, 2.. units, then years, then the super source and sink of the reduction.
  const unitNode = (j: number) => 2 + j;
  const yearNode = (t: number) => 2 + units.length + t;
  const superSource = 2 + units.length + years;
  const superSink = superSource + 1;
  const flow = new MaxFlow(superSink + 1);
  const excess = new Float64Array(superSink + 1);
  const arc = (from: number, to: number, low: number, high: number) => {
    if (high > low) flow.add(from, to, high - low);
    excess[to]! += low;
    excess[from]! -= low;
  };
  units.forEach((unit, j) => {
    if (unit.direction === 0) {
      if (unit.low.some((l) => l > 0)) excess[0] = Number.NaN;
      return;
    }
    if (unit.direction === 1) arc(0, unitNode(j), 0, unit.remaining);
    else arc(unitNode(j), 1, 0, unit.remaining);
    for (let t = 0; t < years; t++) {
      if (unit.high[t]! <= 0) continue;
      if (unit.direction === 1) arc(unitNode(j), yearNode(t), unit.low[t]!, unit.high[t]!);
      else arc(yearNode(t), unitNode(j), unit.low[t]!, unit.high[t]!);
    }
  });
  if (Number.isNaN(excess[0])) return false;
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
  return flow.run(superSource, superSink) === need;
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
  add(from: number, to: number, capacity: number): void {
    this.push(from, to, capacity);
    this.push(to, from, 0);
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
