// What a request that fails its route's schema gets: 400 `validation` naming every bad field,
// e.g. `email: Invalid email address; name: Unrecognized key "isAdmin"`. The values sent are
// never echoed (they may be passwords).

/** The parts of a zod issue the message needs (zod 4's $ZodIssue has these). */
interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
}

const targetNames: Readonly<Record<string, string>> = {
  json: "body",
  param: "path",
  query: "query",
  header: "header",
  cookie: "cookie",
};

/**
 * One line per issue: `field: message` (the field path joined with dots; the request part when
 * the whole part is wrong), joined with "; ".
 *
 * @example validationMessage("json", [{ path: ["email"], message: "Invalid email address" }])
 * // "email: Invalid email address"
 */
export function validationMessage(target: string, issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const where =
        issue.path.length > 0 ? issue.path.map(String).join(".") : (targetNames[target] ?? target);
      if (issue.code === "unrecognized_keys" && issue.keys !== undefined) {
        const keys = issue.keys.map((key) => JSON.stringify(key)).join(", ");
        return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${keys}`;
      }
      return `${where}: ${issue.message}`;
    })
    .join("; ");
}
