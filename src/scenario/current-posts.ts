import type { PostType, Township } from "../types.ts";

/** The county-table column holding today's posts of each post type. */
export const CURRENT_POSTS_COLUMN: Readonly<
  Record<PostType, "adminPosts" | "institutionPosts" | "leaderPosts">
> = {
  admin: "adminPosts",
  institution: "institutionPosts",
  leader: "leaderPosts",
};

/**
 * Today's posts of a post type for one township (0 only when the table says 0; a scenario whose table lacks the
 * column is refused on resolution).
 * @example currentPosts("admin", { adminPosts: 18, … }) // 18
 */
export function currentPosts(postType: PostType, township: Township): number {
  return township[CURRENT_POSTS_COLUMN[postType]] ?? 0;
}
