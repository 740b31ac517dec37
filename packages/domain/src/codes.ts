// Branded code types: a region code and an activity code are both strings, but never interchangeable.

/** A region code as the source writes it (`UKK1`, `gbr`, `E06000023`). */
export type RegionCode = string & { readonly __brand: "RegionCode" };
/** An activity code as text, leading zeros kept (`0011`, `29`, `30300`). */
export type ActivityCode = string & { readonly __brand: "ActivityCode" };

export const regionCode = (code: string): RegionCode => code as RegionCode;
export const activityCode = (code: string): ActivityCode => code as ActivityCode;
