/**
 * The exact point where moving one factor weight first changes Hamilton's allocation (largest remainders, bounds by
 * `requota`, as a scenario's `method: hamilton` runs it through `apportionProblem`).
 *
 * Along a one-weight sweep every demand is linear in the swept distance s: D_j(s) = p_j + q_j·s (`WeightLine`).
 * `apportionHamilton` with `requota` decides the allocation from these comparisons only:
 * - which units a bound holds (`boundedSharesWithBounds`): with λ = rest / F (rest = total − the posts of the units
 *   held, F = Σ D over the free units) a unit is held at its minimum when λ·D_j < min_j, at its maximum when
 *   λ·D_j > max_j, and a unit of demand 0 sits at its minimum: the signs of rest·D_j − min_j·F, rest·D_j − max_j·F
 *   and D_j;
 * - each free unit's lower quota ⌊share_j⌋ with share_j = rest·D_j / F: the signs of rest·D_j − k·F for the two
 *   whole numbers k around share_j;
 * - which units take the posts left (the largest remainders share − held): the allocation stays while every unit
 *   that took one (final posts x_i) still has a remainder no smaller than every unit that did not and could (x_j
 *   below its maximum): the sign of rest·(D_i − D_j) − (x_i − 1 − x_j)·F.
 * For a fixed classification rest is a constant and F linear in s, so each of these is the sign of a linear form in s
 * (everything multiplied by F > 0). On the cell where every form of the current state keeps its sign, the state, and
 * so the allocation, is constant; the cell is the interval between the nearest roots on either side. The walk goes
 * from the start cell by cell (each next cell's state read at a point inside it) to the first cell whose allocation
 * differs: its left end, a root of one of those forms, is the breakpoint (a probe that lands on a root of its own
 * forms, a tie, is moved towards the start first: a tie's state need not be either side's). A state change that leaves the allocation
 * as it was (a taken unit's share crossing the next whole number: its lower quota rises as its remainder post goes)
 * is walked past. Equal remainders within the tie tolerance (1e-12 of the share) are broken by weight, then name:
 * within that width of a root the answer may differ from the sign of the form, which the caller's verification runs
 * (nudged outward from 1e-12) absorb. Pure arithmetic; the caller verifies the answer by runs on either side.
 */
import { apportion } from "../allocation/apportion/apportion.ts";
import { boundedSharesWithBounds } from "../allocation/apportion/bounded-shares.ts";
import { checkInput } from "../allocation/apportion/validate.ts";
import { WEIGHT_BREAKPOINT_MAX_TOWNSHIPS, type WeightLine } from "./weight-breakpoint.ts";

/** The Hamilton allocation and the linear forms that decide it, read at one point of the sweep. */
interface HamiltonState {
  readonly posts: readonly number[];
  /** Forms a + b·s whose signs are constant on the state's cell. */
  readonly forms: readonly (readonly [number, number])[];
}

/** Cells walked before giving up (the caller then uses the grid). */
const MAX_CELLS = 100_000;

/**
 * The smallest move of the swept weight from `line.from` towards 1 (`up`) or 0 (`down`) beyond which Hamilton's
 * method (requota bounds, township names `names` for its tie-break) allocates otherwise; null when nothing changes up
 * to the end of the scale; undefined when the walk does not apply (the allocation at the start is not `line.posts`,
 * every weighted township is held at its maximum and the zero-demand ones share the rest, or the walk is too long).
 * @throws {RangeError} when the county has more than WEIGHT_BREAKPOINT_MAX_TOWNSHIPS townships or `from` is outside [0, 1]
 * @example hamiltonBreakpoint({ total: 3, posts: [2, 1], demandAt0: [2, 1], demandAt1: [1, 2], from: 0, … }, ["a", "b"], "up")!.value // 0.5: quotas (2 − w, 1 + w), the remainders swap at (1.5, 1.5)
 */
export function hamiltonBreakpoint(
  line: WeightLine,
  names: readonly string[],
  direction: "up" | "down",
): { readonly value: number } | null | undefined {
  const n = line.units.length;
  if (n > WEIGHT_BREAKPOINT_MAX_TOWNSHIPS)
    throw new RangeError(
      `hamiltonBreakpoint searches at most ${WEIGHT_BREAKPOINT_MAX_TOWNSHIPS} townships, got ${n}`,
    );
  if (!(line.from >= 0 && line.from <= 1)) throw new RangeError(`from must be in [0, 1], got ${line.from}`);
  const sign = direction === "up" ? 1 : -1;
  const room = direction === "up" ? 1 - line.from : line.from;
  if (!(room > 0)) return null;
  // D_j(s) = p_j + q_j s along s = |w − from| ∈ [0, room].
  const p = line.demandAt0.map((d0, j) => d0 + line.from * (line.demandAt1[j]! - d0));
  const q = line.demandAt0.map((d0, j) => sign * (line.demandAt1[j]! - d0));
  const T = line.total;
  const unitsAt = (s: number) =>
    line.units.map((u, j) => ({
      name: names[j]!,
      weight: Math.max(0, p[j]! + q[j]! * s),
      min: u.lower,
      max: u.upper,
    }));

  const stateAt = (s: number): HamiltonState | undefined => {
    const units = unitsAt(s);
    const result = apportion(units, T, "hamilton");
    if (result.status !== "ok") return undefined;
    const bounded = boundedSharesWithBounds(checkInput(units, T).units, T);
    const free = bounded.map((b) => b.heldAt === undefined);
    if (!free.some(Boolean)) {
      // every unit held: the zero-demand units sharing what the capped ones leave is not walked
      if (units.some((u) => u.weight === 0) && units.some((u) => u.weight > 0)) return undefined;
    }
    let rest = T;
    let Fp = 0;
    let Fq = 0;
    bounded.forEach((b, j) => {
      if (b.heldAt === undefined) {
        Fp += p[j]!;
        Fq += q[j]!;
      } else rest -= b.share;
    });
    const posts = result.units.map((u) => u.allocated);
    const forms: [number, number][] = [];
    // rest·D_j − k·F
    const vsWhole = (j: number, k: number) => forms.push([rest * p[j]! - k * Fp, rest * q[j]! - k * Fq]);
    for (let j = 0; j < n; j++) {
      forms.push([p[j]!, q[j]!]);
      const u = line.units[j]!;
      vsWhole(j, u.lower);
      if (Number.isFinite(u.upper)) vsWhole(j, u.upper);
      if (free[j]) {
        const floor = Math.floor(bounded[j]!.share);
        vsWhole(j, floor);
        vsWhole(j, floor + 1);
      }
    }
    for (let i = 0; i < n; i++) {
      if (!free[i] || posts[i]! <= Math.floor(bounded[i]!.share)) continue;
      for (let j = 0; j < n; j++) {
        if (j === i || !free[j] || posts[j]! >= line.units[j]!.upper) continue;
        const c = posts[i]! - 1 - posts[j]!;
        forms.push([rest * (p[i]! - p[j]!) - c * Fp, rest * (q[i]! - q[j]!) - c * Fq]);
      }
    }
    return { posts, forms };
  };

  /**
   * The nearest roots of the state's forms on either side of m, within [0, room]; undefined when m is itself (within
   * float error) a root: a tie, where the state read there need not be either neighbour's.
   */
  const cellOf = (state: HamiltonState, m: number) => {
    let left = 0;
    let right = room;
    for (const [a, b] of state.forms) {
      if (b === 0) continue;
      if (Math.abs(a + b * m) <= 1e-12 * (Math.abs(a) + Math.abs(b * m))) return undefined;
      const r = -a / b;
      if (r < m && r > left) left = r;
      if (r > m && r < right) right = r;
    }
    return { left, right };
  };
  // roots within this of each other are one (their float error); a cell narrower than it is not looked into
  const eps = 1e-13 * Math.max(1, room);
  const same = (a: readonly number[]) => a.every((x, j) => x === line.posts[j]);

  const start = stateAt(0);
  if (start === undefined || !same(start.posts)) return undefined;
  let c = 0;
  let near = start;
  for (let cells = 0; cells < MAX_CELLS; cells++) {
    // a point inside the first cell after c: halfway to the next root of the state at c, halved until the cell of
    // the state read there starts at c
    let next = room;
    for (const [a, b] of near.forms) {
      if (b === 0) continue;
      const r = -a / b;
      if (r > c + eps && r < next) next = r;
    }
    let m = (c + next) / 2;
    let state: HamiltonState | undefined;
    let cell: { left: number; right: number } | undefined;
    for (let halvings = 0; ; halvings++) {
      state = stateAt(m);
      if (state === undefined) return undefined;
      cell = cellOf(state, m);
      if (cell !== undefined && cell.left <= c + eps) break;
      if (halvings >= 60) return undefined;
      m = (c + (cell?.left ?? m)) / 2;
    }
    if (!same(state.posts)) return { value: line.from + sign * c };
    if (cell.right >= room - eps) {
      const end = stateAt(room);
      if (end === undefined || !same(end.posts)) return { value: line.from + sign * room };
      return null;
    }
    c = cell.right;
    near = state;
  }
  return undefined;
}
