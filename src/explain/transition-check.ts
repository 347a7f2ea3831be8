import type { TransitionPath } from "../allocation/transition-path.ts";
import { TRANSITION_CHECK_MESSAGES } from "../words/transition-labels.ts";
import type { PolicyCheck } from "./policy-checks.ts";

/**
 * R12, checked on a transition path independently of how it was built: every year sums exactly to its total, no
 * township changes by more than its yearly limit, falls below its floor, loses a post under `noCuts`, or moves away
 * from its target or past it (one way, between today and target); a township that does not arrive names its limit.
 * An infeasible path fails with its diagnosis. The townships listed are those breaking a rule (value found, limit).
 * @example transitionCheck(result.transition).status // "passed"
 */
export function transitionCheck(path: TransitionPath): PolicyCheck {
  if (path.status === "infeasible") {
    const first = path.conflicts[0];
    return {
      rule: "R12",
      ok: false,
      status: "failed",
      message: TRANSITION_CHECK_MESSAGES.infeasible(first?.message.zh ?? "", first?.message.en ?? ""),
      townships: [],
    };
  }
  const broken: { id: string; name: string; value: number; limit: number }[] = [];
  let problems = 0;
  path.yearTotals.forEach((year) => {
    if (year.allocated !== year.total) problems++;
  });
  for (const t of path.townships) {
    let previous = t.today;
    const low = Math.min(t.today, t.target);
    const high = Math.max(t.today, t.target);
    let bad = false;
    t.path.forEach((posts) => {
      const change = posts - previous;
      if (t.limit !== null && Math.abs(change) > t.limit) {
        bad = true;
        broken.push({ id: t.id, name: t.name, value: Math.abs(change), limit: t.limit });
      }
      if (posts < t.floor) {
        bad = true;
        broken.push({ id: t.id, name: t.name, value: posts, limit: t.floor });
      }
      if (path.noCuts && change < 0) {
        bad = true;
        broken.push({ id: t.id, name: t.name, value: change, limit: 0 });
      }
      // One way: never back, never past the target.
      const movesBack = (t.target >= t.today && change < 0) || (t.target <= t.today && change > 0);
      const outside = posts < low || posts > high;
      if (movesBack || outside) {
        bad = true;
        broken.push({ id: t.id, name: t.name, value: posts, limit: t.target });
      }
      previous = posts;
    });
    if (t.path.length !== path.years) bad = true;
    const final = t.path[t.path.length - 1] ?? t.today;
    if ((final === t.target) !== (t.arrives !== null) || (t.arrives === null && t.stoppedBy === null))
      bad = true;
    if (bad) problems++;
  }
  const ok = problems === 0;
  const arriving = path.townships.filter((t) => t.arrives !== null).length;
  return {
    rule: "R12",
    ok,
    status: ok ? "passed" : "failed",
    message: ok
      ? TRANSITION_CHECK_MESSAGES.passed(path.years, arriving, path.townships.length)
      : TRANSITION_CHECK_MESSAGES.broken(problems),
    townships: broken,
  };
}
