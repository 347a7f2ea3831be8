/**
 * One constant per policy number (shared/policy/rules.md). Every other file takes the number from here.
 */

/** R3: the fewest administrative posts a general township keeps (the shipped default floor of every category). */
export const GENERAL_ADMIN_FLOOR = 15;

/** R8: at most this share of a township's posts (today's admin + institution) may be lent out. */
export const MAX_LENT_SHARE = 0.05;

/** AHP: a pairwise matrix is consistent when its consistency ratio CR is below this (Saaty's 0.10 rule). */
export const CONSISTENCY_THRESHOLD = 0.1;

/** AHP: the smallest judgement of Saaty's 1–9 scale. */
export const SAATY_MIN = 1 / 9;

/** AHP: the largest judgement of Saaty's 1–9 scale. */
export const SAATY_MAX = 9;

/** Relative tolerance under which two claims on a post (priorities, remainders) count as equal: a tie. */
export const TIE_TOLERANCE = 1e-12;
