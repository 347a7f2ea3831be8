import { CATEGORIES, type Category, type CountyData } from "../types.ts";

/**
 * The categories in priority order (R4) that have at least one township in the data.
 * @example presentCategories(data) // ["countySeat", "central", "general"] for a county without key or characteristic towns
 */
export function presentCategories(data: CountyData): Category[] {
  return CATEGORIES.filter((category) => data.townships.some((t) => t.category === category));
}
