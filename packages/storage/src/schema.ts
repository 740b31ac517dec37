// The tables as Kysely sees them. One interface per table; column names are the SQL names.
// `Generated` marks columns the database fills (defaults, identities) so inserts may omit them.
import type { ColumnType, Generated } from "kysely";

/** A timestamptz column: read as a Date, written as a Date (or omitted when it has a default). */
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
/** A jsonb column: read parsed, written as JSON text (pg would turn JS arrays into SQL arrays). */
type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  id: Generated<string>;
  /** Lower-cased by the domain schema; a unique index on lower(email) guards it anyway. */
  email: string;
  /** argon2id PHC string. */
  password_hash: string;
  name: string;
  is_admin: Generated<boolean>;
  created_at: Timestamp;
}

export interface WorkspacesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  created_at: Timestamp;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  workspace_id: string;
  email: string;
  role: string;
  /** sha256 (hex) of the emailed token; the token itself is never stored. */
  token_hash: string;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Date;
  accepted_at: NullableTimestamp;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie token. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  /** Absolute end (created + 14 days); the idle limit is checked against last_seen_at. */
  expires_at: Date;
  last_seen_at: Date;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Date;
  used_at: NullableTimestamp;
}

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** Null for instance mail (password resets). */
  workspace_id: string | null;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_at: NullableTimestamp;
  sent_at: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
}

export interface RateLimitEventsTable {
  id: Generated<number>;
  key: string;
  at: Date;
}

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
}

export interface AnalysisCacheTable {
  key: string;
  value_json: ColumnType<unknown, string | null, string | null>;
  value_bytes: Uint8Array | null;
  created_at: Timestamp;
}

export interface DatasetsTable {
  id: string;
  workspace_id: string | null;
  title: string;
  kind: string;
  metadata: Json<Record<string, unknown>>;
  /** Catalogue order (the bundled registry's order). */
  sort_order: Generated<number>;
  loaded_at: Timestamp;
}

export interface DatasetContentsTable {
  dataset_id: string;
  /** sha256 (hex) of `bytes`. */
  checksum: string;
  /** The normalised long CSV (region,activity[,time],value,status). */
  bytes: Uint8Array;
  created_at: Timestamp;
}

/** Every table, keyed by its SQL name. */
export interface DatabaseSchema {
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  outbox: OutboxTable;
  rate_limit_events: RateLimitEventsTable;
  settings: SettingsTable;
  analysis_cache: AnalysisCacheTable;
  datasets: DatasetsTable;
  dataset_contents: DatasetContentsTable;
}
