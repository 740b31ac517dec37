// Hand-written SQL for the hottest survey statements, turned into dialect text once (at module
// load) instead of built and compiled by Kysely on every call: under load the query builder was a
// measurable share of the server's CPU per submit. Parameters are named (`:caseId`) in the text and
// numbered ($1, $2 ...) in the order they first appear; every named parameter must be given.
// On PostgreSQL each statement is also prepared once per connection (a named statement: parsed and
// planned once, not on every call); open-database.ts looks the names up here.
import { CompiledQuery } from "kysely";
import type { Queryable } from "../database.ts";

export interface SqlStatement<Row> {
  readonly sql: string;
  readonly names: readonly string[];
  /** Phantom: the row type the statement returns. */
  readonly row?: Row;
}

/** The prepared-statement name of each statement's SQL text. */
const preparedNames = new Map<string, string>();

/** The name to prepare `sql` under on PostgreSQL, when it is one of these statements. */
export function preparedStatementName(sql: string): string | undefined {
  return preparedNames.get(sql);
}

/** Numbers the `:name` parameters of `text` (a `::type` cast is not a parameter). */
export function sqlStatement<Row>(text: string): SqlStatement<Row> {
  const names: string[] = [];
  const sql = text.replace(/(?<!:):([A-Za-z][A-Za-z0-9]*)/g, (_match, name: string) => {
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  if (!preparedNames.has(sql)) preparedNames.set(sql, `smartspec_${preparedNames.size + 1}`);
  return { sql, names };
}

/** Runs `statement` with `values` (one per named parameter); returns its rows. */
export async function runStatement<Row>(
  db: Queryable,
  statement: SqlStatement<Row>,
  values: Readonly<Record<string, unknown>>,
): Promise<Row[]> {
  const parameters = statement.names.map((name) => {
    if (!(name in values)) throw new Error(`SQL parameter :${name} was not given`);
    return values[name];
  });
  const result = await db.executeQuery(CompiledQuery.raw(statement.sql, parameters));
  return result.rows as Row[];
}
