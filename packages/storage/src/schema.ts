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

/** A `date` column: written as "YYYY-MM-DD"; read it with `::text` (drivers would make a local-midnight Date). */
type DateOnly = ColumnType<unknown, string, string>;
type NullableDateOnly = ColumnType<unknown, string | null | undefined, string | null>;

export interface SurveysTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  /** draft | live | closed */
  status: Generated<string>;
  /** identified | confidential | anonymous; fixed at launch. */
  anonymity: string;
  /** off | anonymous | self-identified */
  open_link: Generated<string>;
  /** The public key in the open link (random, 128 bits); null while open links are off. */
  open_link_key: string | null;
  /** Share of required applicable items at or above which a break-off counts as a partial (P). */
  partial_threshold: Generated<number>;
  invitation_validity_days: Generated<number>;
  /** The instrument version respondents get; set (and frozen) at launch. */
  live_version: number | null;
  created_by: string | null;
  created_at: Timestamp;
  launched_at: NullableTimestamp;
  closed_at: NullableTimestamp;
}

export interface SurveyInstrumentVersionsTable {
  survey_id: string;
  version: number;
  /** sha256 (hex) of the canonical instrument JSON. */
  hash: string;
  instrument: Json<unknown>;
  created_at: Timestamp;
}

export interface SurveyFramesTable {
  id: Generated<string>;
  survey_id: string;
  name: string;
  unit_count: number;
  created_at: Timestamp;
}

export interface SurveyFrameUnitsTable {
  id: Generated<string>;
  frame_id: string;
  /** The row number in the imported file (the importer's numbering). */
  row_number: number;
  organisation_name: string;
  email: string | null;
  sic_code: string | null;
  size_band: string | null;
  region: string | null;
  postcode: string | null;
  stratum: string;
  /** unknown | eligible (a trading firm in scope) | ceased (ceased trading: known ineligible). */
  eligibility: Generated<string>;
  extra: Json<Record<string, unknown>>;
  normalised_email: string | null;
  normalised_name: string;
}

export interface SurveySamplesTable {
  id: Generated<string>;
  survey_id: string;
  frame_id: string;
  /** all | simple | stratified */
  design: string;
  /** proportional | given (stratified only) */
  allocation: string | null;
  seed: string;
  requested_size: number | null;
  /** [{ stratum, population, sample }] in stratum order: weights N_h / n_h. */
  strata: Json<unknown>;
  created_at: Timestamp;
}

export interface SurveyCasesTable {
  id: Generated<string>;
  survey_id: string;
  sample_id: string;
  frame_unit_id: string;
  stratum: string;
  created_at: Timestamp;
}

export interface SurveyMailingsTable {
  case_id: string;
  /** 0 = the invitation; 1, 2 ... = reminder waves. */
  wave: number;
  survey_id: string;
  /** sha256 (hex) of the token in this mail's personal link; the token itself is never stored. */
  token_hash: string;
  outbox_id: string | null;
  expires_at: Date;
  created_at: Timestamp;
}

export interface SurveyReminderWavesTable {
  survey_id: string;
  wave: number;
  due_at: Date;
  subject: string;
  text: string;
  enqueued_at: NullableTimestamp;
  mail_count: number | null;
}

export interface SurveyCaseEventsTable {
  id: Generated<string>;
  survey_id: string;
  case_id: string;
  kind: string;
  /** Sub-type: bounce hard|soft, refusal explicit, screen-out reason ... */
  detail: string | null;
  /** partial: share of required applicable items answered, when known. */
  progress: number | null;
  at: Date;
}

export interface SurveyCompletionsTable {
  case_id: string;
  survey_id: string;
  completed_on: DateOnly;
}

export interface SurveyRespondentsTable {
  id: Generated<string>;
  survey_id: string;
  /** The case of an invited respondent; null for a self-identified open-link respondent. */
  case_id: string | null;
  name: string | null;
  email: string | null;
  created_at: Timestamp;
}

export interface SurveyResponsesTable {
  id: Generated<string>;
  survey_id: string;
  /** Null for an anonymous open-link response in a survey that is not anonymous. */
  respondent_id: string | null;
  /** invitation | open-link */
  origin: string;
  instrument_version: number;
  answers: Json<Record<string, unknown>>;
  progress: number | null;
  /** Open links: sha256 of the key the respondent's browser keeps to resume. */
  resume_key_hash: string | null;
  idempotency_key: string | null;
  started_at: Date;
  updated_at: Date;
  completed_at: NullableTimestamp;
  /** The split-ballot variant the respondent was assigned (0005); null without a split ballot. */
  variant: string | null;
}

export interface SurveyAnonymousResponsesTable {
  id: Generated<string>;
  survey_id: string;
  origin: string;
  instrument_version: number;
  answers: Json<Record<string, unknown>>;
  /** Cleared by the release. */
  resume_key_hash: string | null;
  /** Null since 0006: an anonymous submit's key is kept as a receipt (survey_anonymous_receipts). */
  idempotency_key: string | null;
  started_on: DateOnly;
  updated_on: DateOnly;
  completed_on: NullableDateOnly;
  /** The split-ballot variant (0005), assigned from the resume key, never from the case. */
  variant: string | null;
  /** False while a submitted answer is held; true once rewritten in a shuffled batch (0006). */
  released: Generated<boolean>;
}

/** The sha256 of each idempotency key an anonymous answer was submitted with (0006); nothing else. */
export interface SurveyAnonymousReceiptsTable {
  survey_id: string;
  key_hash: string;
}

export interface SurveySuppressionsTable {
  workspace_id: string;
  normalised_email: string;
  /** unsubscribed | bounced */
  reason: string;
  survey_id: string | null;
  at: Date;
}

export interface SurveyCodebooksTable {
  id: Generated<string>;
  survey_id: string;
  /** The answers key coded: a text question's name, or `<name>-Comment` for a choice's "other" text. */
  field: string;
  /** Set when an owner reveals the coders' codes to each other before both have finished. */
  revealed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface SurveyCodesTable {
  id: Generated<string>;
  codebook_id: string;
  label: string;
  description: Generated<string>;
  /** A top-level code of the same codebook (two levels only), or null. */
  parent_id: string | null;
  /** The current version; every version is in survey_code_versions. */
  version: Generated<number>;
  /** Codebook order, 1, 2 ... */
  position: number;
  created_at: Timestamp;
}

export interface SurveyCodeVersionsTable {
  code_id: string;
  version: number;
  label: string;
  description: string;
  parent_id: string | null;
  edited_by: string | null;
  edited_at: Date;
}

export interface SurveyCodersTable {
  codebook_id: string;
  user_id: string;
  /** 1 = the first coder, 2 = the second (blind) coder. */
  slot: number;
  finished_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface SurveyCodingsTable {
  codebook_id: string;
  /** The answer row (survey_responses or survey_anonymous_responses id); never a case or person. */
  response_id: string;
  coder_id: string;
  code_id: string;
  coded_at: Date;
}

export interface SurveyFinalCodesTable {
  codebook_id: string;
  response_id: string;
  code_id: string;
  adjudicated_by: string | null;
  adjudicated_at: Date;
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
  surveys: SurveysTable;
  survey_instrument_versions: SurveyInstrumentVersionsTable;
  survey_frames: SurveyFramesTable;
  survey_frame_units: SurveyFrameUnitsTable;
  survey_samples: SurveySamplesTable;
  survey_cases: SurveyCasesTable;
  survey_mailings: SurveyMailingsTable;
  survey_reminder_waves: SurveyReminderWavesTable;
  survey_case_events: SurveyCaseEventsTable;
  survey_completions: SurveyCompletionsTable;
  survey_respondents: SurveyRespondentsTable;
  survey_responses: SurveyResponsesTable;
  survey_anonymous_responses: SurveyAnonymousResponsesTable;
  survey_anonymous_receipts: SurveyAnonymousReceiptsTable;
  survey_suppressions: SurveySuppressionsTable;
  survey_codebooks: SurveyCodebooksTable;
  survey_codes: SurveyCodesTable;
  survey_code_versions: SurveyCodeVersionsTable;
  survey_coders: SurveyCodersTable;
  survey_codings: SurveyCodingsTable;
  survey_final_codes: SurveyFinalCodesTable;
}
