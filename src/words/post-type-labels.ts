import type { Bilingual, PostType } from "../types.ts";

/**
 * Display names of the post types.
 * @example POST_TYPE_LABELS.admin.zh // "行政编制"
 */
export const POST_TYPE_LABELS: Readonly<Record<PostType, Bilingual>> = {
  admin: { zh: "行政编制", en: "Administrative posts" },
  institution: { zh: "事业编制", en: "Public-institution posts" },
  leader: { zh: "科级领导职数", en: "Leadership posts" },
};
