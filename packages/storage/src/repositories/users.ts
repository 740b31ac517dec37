// Accounts: one row per person, found by email (case-insensitive) or id.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
  /** argon2id PHC string. */
  readonly passwordHash: string;
  readonly createdAt: Date;
}

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string;
  readonly isAdmin: boolean;
}

const userColumns = ["id", "email", "name", "is_admin", "password_hash", "created_at"] as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  password_hash: string;
  created_at: Date;
};

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  isAdmin: row.is_admin,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

/**
 * Inserts a user; returns it, or undefined when the email (ignoring case) is taken.
 * Example: `await insertUser(db, { email: "a@b.org", name: "A", passwordHash, isAdmin: false })`.
 */
export async function insertUser(db: Queryable, user: NewUser): Promise<UserRecord | undefined> {
  const row = await db
    .insertInto("users")
    .values({ email: user.email, name: user.name, password_hash: user.passwordHash, is_admin: user.isAdmin })
    .onConflict((oc) => oc.expression(sql`(lower(email))`).doNothing())
    .returning(userColumns)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** The user with this email (compared lower-cased), or undefined. */
export async function findUserByEmail(db: Queryable, email: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom("users")
    .select(userColumns)
    .where(sql<string>`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** The user with this id, or undefined. */
export async function findUserById(db: Queryable, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** How many instance admins exist (0 on a new instance). */
export async function countAdmins(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select(sql<number>`cast(count(*) as integer)`.as("n"))
    .where("is_admin", "=", true)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Replaces a user's password hash. */
export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}
