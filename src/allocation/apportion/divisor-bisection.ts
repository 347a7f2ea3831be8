import { TIE_TOLERANCE } from "../../policy.ts";
import { priorityValue, roundBySignposts } from "./signposts.ts";
import { compareCodePoints, tieBreakOrder, tiesWith } from "./ties.ts";
import type { DivisorMethod, PriorityEntry } from "./types.ts";
import type { CheckedUnit } from "./validate.ts";

/** What `divisorBisection` gives: the posts per unit and the last posts of the priority list, in rank order. */
export interface BisectedPriorityList {
  /** Posts per unit, in input order (`index`). */
  readonly held: number[];
  /** The last `tail` posts of the priority list (fewer when fewer were handed out), ranks ascending. */
  readonly tail: PriorityEntry[];
}

/**
 * A divisor method's allocation and the end of its priority list without handing out every post: a bisection on the
 * divisor finds a priority τ just above that of the list's last post (every unit counting its posts whose priority
 * weight / d(k) lies above τ in O(1), by `roundBySignposts` on weight / τ, then confirmed post by post with
 * `priorityValue`); the posts above τ are given at once, those at and below it one by one from a heap in the list's
 * order (priority, then the tie-break rule), and the posts before them are read back from the lowest up to fill the
 * tail. The same posts as the list handed out one by one whenever no near-ties chain across τ (tested against it).
 * O(n · 200 + (n + tail) · log n), whatever the total. Internal to apportion/.
 * @throws never (callers pass validated, feasible input)
 */
export function divisorBisection(
  units: readonly CheckedUnit[],
  total: number,
  method: DivisorMethod,
  tail: number,
): BisectedPriorityList {
  const toHand = total - units.reduce((s, u) => s + u.min, 0);
  const start = aboveTheMargin(units, total, method);
  const held = [...start];
  // The posts at the margin, one by one in the list's order.
  const heap = new PostHeap(better);
  const next = (unit: CheckedUnit): Post => ({
    index: unit.index,
    name: unit.name,
    weight: unit.weight,
    post: held[unit.index]! + 1,
    priority: priorityValue(method, unit.weight, held[unit.index]!),
  });
  for (const unit of units) if (held[unit.index]! < unit.max) heap.push(next(unit));
  const margin: Post[] = [];
  let left = total - held.reduce((s, x) => s + x, 0);
  for (; left > 0; left--) {
    const winner = heap.pop()!;
    margin.push(winner);
    held[winner.index]! += 1;
    const unit = units[winner.index]!;
    if (held[winner.index]! < unit.max) heap.push(next(unit));
  }
  // The posts before them, read back from the lowest (the later of equals first).
  const before: Post[] = [];
  const wanted = Math.min(tail, toHand) - margin.length;
  if (wanted > 0) {
    const given = [...start];
    const last = (unit: CheckedUnit): Post => ({
      index: unit.index,
      name: unit.name,
      weight: unit.weight,
      post: given[unit.index]!,
      priority: priorityValue(method, unit.weight, given[unit.index]! - 1),
    });
    const back = new PostHeap((a, b) => better(b, a));
    for (const unit of units) if (given[unit.index]! > unit.min) back.push(last(unit));
    while (before.length < wanted) {
      const post = back.pop();
      if (post === undefined) break;
      before.push(post);
      given[post.index]! -= 1;
      const unit = units[post.index]!;
      if (given[post.index]! > unit.min) back.push(last(unit));
    }
    before.reverse();
  }
  const listed = [...before, ...margin].slice(-Math.max(0, tail));
  const firstRank = toHand - listed.length + 1;
  return {
    held,
    tail: listed.map((p, i) => ({ rank: firstRank + i, unit: p.name, post: p.post, priority: p.priority })),
  };
}

/** A unit's next (or last) post with its priority. */
interface Post {
  readonly index: number;
  readonly name: string;
  readonly weight: number;
  readonly post: number;
  readonly priority: number;
}

/** The list's order: larger priority first, equal priorities (within the tolerance) by the tie-break rule. */
function better(a: Post, b: Post): boolean {
  const c = tiesWith(a.priority, b.priority) ? tieBreakOrder(a, b) : b.priority - a.priority;
  return c < 0;
}

/**
 * Posts per unit whose priority lies clearly above that of the list's last post (more than the tie tolerance), each
 * within its bounds; the rest of the total lies at the margin. Units of weight 0 (priority 0: they get posts only
 * when every weighted unit is at its maximum) are filled in the tie-break order, name by name.
 */
function aboveTheMargin(units: readonly CheckedUnit[], total: number, method: DivisorMethod): number[] {
  const weighted = units.filter((u) => u.weight > 0);
  const held = units.map((u) => u.min);
  const weightedRoom = weighted.reduce((s, u) => s + (u.max - u.min), 0);
  const need = total - held.reduce((s, x) => s + x, 0);
  if (need <= 0) return held;
  if (weightedRoom <= need) {
    for (const u of weighted) held[u.index] = u.max;
    let rest = need - weightedRoom;
    const zero = units.filter((u) => u.weight === 0).sort((a, b) => compareCodePoints(a.name, b.name));
    for (const u of zero) {
      const take = Math.min(rest, u.max - u.min);
      held[u.index]! += take;
      rest -= take;
    }
    return held;
  }
  // Posts whose priority exceeds μ: signposts d(k) below weight / μ, within the bounds.
  const countAt = (mu: number) => {
    let sum = 0;
    for (const u of units)
      sum += u.weight > 0 ? Math.min(u.max, Math.max(u.min, roundBySignposts(method, u.weight / mu))) : u.min;
    return sum;
  };
  // low: at least the total lies above it (every weighted quotient above total + 2); high: fewer than the total.
  let low = Math.min(...weighted.map((u) => u.weight)) / (total + 2);
  let high = Math.max(...weighted.map((u) => u.weight)) * 4;
  if (countAt(high) >= total) return held; // only first posts of infinite priority: all at the margin
  for (let i = 0; i < 400; i++) {
    const mid = Math.sqrt(low * high);
    if (!(mid > low && mid < high)) break;
    if (countAt(mid) >= total) low = mid;
    else high = mid;
    if (high - low <= high * 1e-15) break;
  }
  // τ above every priority that ties with the last post's, so the heap settles every tie at the margin.
  let tau = high * (1 + 8 * TIE_TOLERANCE);
  for (;;) {
    const start = units.map((u) => {
      if (u.weight === 0) return u.min;
      let s = Math.min(u.max, Math.max(u.min, roundBySignposts(method, u.weight / tau)));
      while (s > u.min && !(priorityValue(method, u.weight, s - 1) > tau)) s--;
      while (s < u.max && priorityValue(method, u.weight, s) > tau) s++;
      return s;
    });
    if (start.reduce((s, x) => s + x, 0) <= total) return start;
    tau *= 1 + 1e-9; // float noise put the bisection's bracket a hair low; step above it
  }
}

/** Binary heap of posts, `first` on top. */
class PostHeap {
  private readonly items: Post[] = [];
  constructor(private readonly first: (a: Post, b: Post) => boolean) {}
  push(item: Post): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.first(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): Post | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.first(items[l]!, items[m]!)) m = l;
        if (r < items.length && this.first(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}
