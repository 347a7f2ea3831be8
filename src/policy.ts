// The policy's numbers (../shared/policy/rules.md), each written once. Every module that applies or reports one
// imports it from here.

/** R3: a general township (一般乡镇) keeps at least this many administrative posts; also the standard's default admin floor. */
export const GENERAL_ADMIN_FLOOR = 15;

/** R8: staff lent out (借出) may be at most this share of a township's admin + institution posts. */
export const MAX_LENT_SHARE = 0.05;

/** R7: the usage rate (staff in post ÷ posts) a township should reach. */
export const TARGET_USAGE_RATE = 0.95;

/** AHP: a consistency ratio at or above this blocks the weights (Saaty's 0.10) unless the scenario accepts it. */
export const CONSISTENCY_THRESHOLD = 0.1;

/** Saaty's 1–9 scale: the smallest and the largest judgement. */
export const SAATY_MIN = 1 / 9;
export const SAATY_MAX = 9;

/**
 * Two costs, priorities or weights closer than this (relative to their size) are treated as equal: a tie, reported,
 * never broken by input order.
 */
export const TIE_TOLERANCE = 1e-12;

/**
 * Posts a floor, cap or band must move a township by (beyond its proportional target) to count as binding: below
 * half a post, rounding the target alone gives the same whole number (a floor of 15 over a target of 14.96 is the
 * target rounded up). Such a township is explained as rounded, never as "held at its floor", and the binding
 * constraint column and the county story count only what binds by at least this much.
 */
export const BINDING_TOLERANCE = 0.5;

/**
 * The longest priority list (posts handed out one by one after the minimums) an apportionment builds: a divisor
 * method's list (beyond it, bisection on the divisor and the list's last APPORTION_LISTED_TAIL posts), or Hamilton's
 * take-backs under `fixed-quota` (a larger request is refused with this number).
 */
export const APPORTION_MAX_LISTED_POSTS = 1_000_000;

/**
 * Beyond APPORTION_MAX_LISTED_POSTS posts a divisor method finds its posts by bisection on the divisor and lists only
 * the last this many posts of its priority list (the ones at the margin, where ties are decided).
 */
export const APPORTION_LISTED_TAIL = 1000;

/**
 * The most unit-step variables the MILP backends are given for the `least-squares-relative` objective (an LP over
 * unit steps: one variable per township and post between its lower bound and its upper bound or the posts left).
 */
export const MILP_MAX_UNIT_STEPS = 200_000;

/**
 * R10 (source plan 二(二)1): the eight offices the county sets up in every township, uniformly ("由全县统一设置、统一调整"),
 * as the plan names them. A model's `offices.uniform` may name others (a county with other names for them).
 */
export const PLAN_UNIFORM_OFFICES: readonly string[] = [
  "综合办公室",
  "党建工作办公室",
  "综合行政执法协调办公室",
  "社会事务办公室",
  "经济发展和乡村振兴办公室",
  "财政工作办公室",
  "便民服务中心",
  "农民工服务中心",
];

/**
 * R11 (source plan 二(二)2): the stationed agencies (派驻机构) the central and provincial level keep stationed as they
 * are — court, procuratorate office, judicial office, police station, market-regulation office, natural-resources
 * office. An office of the table is one of them when its name contains the word (人民法庭 → 法庭). Other stationed
 * agencies "adjust as needed".
 */
export const RETAINED_STATIONED_AGENCIES: readonly { readonly key: string; readonly word: string }[] = [
  { key: "court", word: "法庭" },
  { key: "procuratorate", word: "检察室" },
  { key: "judicial", word: "司法所" },
  { key: "police", word: "派出所" },
  { key: "marketRegulation", word: "市场监管所" },
  { key: "naturalResources", word: "自然资源所" },
];

/**
 * The largest dense simplex tableau (rows × columns of the model as javascript-lp-solver builds it, its variable
 * bounds counted as rows) it is given. Its time limit is checked only between branch-and-bound nodes, never inside
 * one simplex solve, and its tableau is dense: at 2,000 townships (≈ 2.4·10^7 cells) one continuous solve took ≈ 1 s
 * on the development machine, at 20,000 the allocation failed (RangeError: Array buffer allocation failed). A larger
 * model is status `error` naming this cap, never a hang.
 */
export const JS_LP_MAX_TABLEAU_CELLS = 25_000_000;

/**
 * The most variables (columns) HiGHS is given: the model is written as CPLEX LP text for its WebAssembly build,
 * whose memory is limited; the country's model with the ordering (38,000 townships) has ≈ 1.2·10^5. A larger model is
 * status `error` naming this cap.
 */
export const HIGHS_MAX_COLUMNS = 2_000_000;
