// Stakeholder surveys: surveys and their instrument versions, sampling frames and their units,
// samples and cases, personal mailings (token hashes only), reminder waves, the raw case event log,
// completion records, respondent identities, responses (identified / confidential) and anonymous
// responses (no case, no identity, dates only), and the workspace suppression list.
// Frozen once released: status and kind lists are written out here, not imported.
//
// Anonymity by construction: `survey_anonymous_responses` has no column that names a case, a
// respondent, a token or a person, no foreign key to any of them, only `date` columns (never a
// timestamp), no progress share (the case's partial events hold that), and random uuids (never a
// sequence) as ids.
import { type Kysely, sql } from "kysely";

const uuidKey = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("surveys")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("workspace_id", "uuid", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sql`status in ('draft', 'live', 'closed')`),
    )
    .addColumn("anonymity", "text", (c) =>
      c.notNull().check(sql`anonymity in ('identified', 'confidential', 'anonymous')`),
    )
    .addColumn("open_link", "text", (c) =>
      c.notNull().defaultTo("off").check(sql`open_link in ('off', 'anonymous', 'self-identified')`),
    )
    .addColumn("open_link_key", "text", (c) => c.unique())
    .addColumn("partial_threshold", "double precision", (c) =>
      c.notNull().defaultTo(0.5).check(sql`partial_threshold > 0 and partial_threshold <= 1`),
    )
    .addColumn("invitation_validity_days", "integer", (c) =>
      c.notNull().defaultTo(60).check(sql`invitation_validity_days between 1 and 366`),
    )
    .addColumn("live_version", "integer")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("launched_at", "timestamptz")
    .addColumn("closed_at", "timestamptz")
    .addCheckConstraint(
      "surveys_anonymous_open_link",
      sql`anonymity <> 'anonymous' or open_link <> 'self-identified'`,
    )
    .addCheckConstraint("surveys_live_has_version", sql`status = 'draft' or live_version is not null`)
    .execute();
  await db.schema
    .createIndex("surveys_workspace")
    .on("surveys")
    .columns(["workspace_id", "created_at"])
    .execute();

  await db.schema
    .createTable("survey_instrument_versions")
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("instrument", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("survey_instrument_versions_pk", ["survey_id", "version"])
    .addUniqueConstraint("survey_instrument_versions_hash", ["survey_id", "hash"])
    .execute();

  await db.schema
    .createTable("survey_frames")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("unit_count", "integer", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("survey_frames_survey").on("survey_frames").column("survey_id").execute();

  await db.schema
    .createTable("survey_frame_units")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("frame_id", "uuid", (c) => c.notNull().references("survey_frames.id").onDelete("cascade"))
    .addColumn("row_number", "integer", (c) => c.notNull())
    .addColumn("organisation_name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("sic_code", "text")
    .addColumn("size_band", "text")
    .addColumn("region", "text")
    .addColumn("postcode", "text")
    .addColumn("stratum", "text", (c) => c.notNull())
    .addColumn("eligibility", "text", (c) =>
      c.notNull().defaultTo("unknown").check(sql`eligibility in ('unknown', 'eligible', 'ceased')`),
    )
    .addColumn("extra", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("normalised_email", "text")
    .addColumn("normalised_name", "text", (c) => c.notNull())
    .addUniqueConstraint("survey_frame_units_row", ["frame_id", "row_number"])
    .execute();
  await db.schema
    .createIndex("survey_frame_units_email")
    .on("survey_frame_units")
    .columns(["frame_id", "normalised_email"])
    .execute();
  await db.schema
    .createIndex("survey_frame_units_name")
    .on("survey_frame_units")
    .columns(["frame_id", "normalised_name"])
    .execute();
  await db.schema
    .createIndex("survey_frame_units_stratum")
    .on("survey_frame_units")
    .columns(["frame_id", "stratum"])
    .execute();

  await db.schema
    .createTable("survey_samples")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().unique().references("surveys.id").onDelete("cascade"))
    .addColumn("frame_id", "uuid", (c) => c.notNull().references("survey_frames.id").onDelete("cascade"))
    .addColumn("design", "text", (c) => c.notNull().check(sql`design in ('all', 'simple', 'stratified')`))
    .addColumn("allocation", "text", (c) => c.check(sql`allocation in ('proportional', 'given')`))
    .addColumn("seed", "text", (c) => c.notNull())
    .addColumn("requested_size", "integer")
    .addColumn("strata", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("survey_cases")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("sample_id", "uuid", (c) => c.notNull().references("survey_samples.id").onDelete("cascade"))
    .addColumn("frame_unit_id", "uuid", (c) =>
      c.notNull().references("survey_frame_units.id").onDelete("cascade"),
    )
    .addColumn("stratum", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("survey_cases_unit", ["survey_id", "frame_unit_id"])
    .execute();
  await db.schema
    .createIndex("survey_cases_stratum")
    .on("survey_cases")
    .columns(["survey_id", "stratum"])
    .execute();

  // One mail per case and wave (0 = the invitation, 1.. = reminders): the primary key is what makes
  // a wave enqueued twice send one mail. Each mail carries its own token; only its sha256 is kept.
  await db.schema
    .createTable("survey_mailings")
    .addColumn("case_id", "uuid", (c) => c.notNull().references("survey_cases.id").onDelete("cascade"))
    .addColumn("wave", "integer", (c) => c.notNull().check(sql`wave >= 0`))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("outbox_id", "uuid", (c) => c.references("outbox.id").onDelete("set null"))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("survey_mailings_pk", ["case_id", "wave"])
    .execute();
  await db.schema
    .createIndex("survey_mailings_wave")
    .on("survey_mailings")
    .columns(["survey_id", "wave"])
    .execute();

  await db.schema
    .createTable("survey_reminder_waves")
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("wave", "integer", (c) => c.notNull().check(sql`wave >= 1`))
    .addColumn("due_at", "timestamptz", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("enqueued_at", "timestamptz")
    .addColumn("mail_count", "integer")
    .addPrimaryKeyConstraint("survey_reminder_waves_pk", ["survey_id", "wave"])
    .execute();
  await db.schema
    .createIndex("survey_reminder_waves_due")
    .on("survey_reminder_waves")
    .columns(["enqueued_at", "due_at"])
    .execute();

  // The raw event log dispositions are derived from (methods doc 2.3). Random ids, so the order of
  // insertion cannot be read from them.
  await db.schema
    .createTable("survey_case_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("case_id", "uuid", (c) => c.notNull().references("survey_cases.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('invited', 'reminded', 'bounced', 'opened', 'started', 'partial', 'completed', 'refused', 'unsubscribed', 'screened_out')`,
        ),
    )
    .addColumn("detail", "text")
    .addColumn("progress", "double precision")
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("survey_case_events_case")
    .on("survey_case_events")
    .columns(["case_id", "kind"])
    .execute();
  await db.schema
    .createIndex("survey_case_events_survey")
    .on("survey_case_events")
    .columns(["survey_id", "kind", "at"])
    .execute();

  // Who completed (every mode): reminders skip these cases. A date only, and no response id.
  await db.schema
    .createTable("survey_completions")
    .addColumn("case_id", "uuid", (c) => c.primaryKey().references("survey_cases.id").onDelete("cascade"))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("completed_on", "date", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("survey_completions_survey")
    .on("survey_completions")
    .column("survey_id")
    .execute();

  // Identity kept apart from answers: in confidential mode only owners' use cases read it.
  await db.schema
    .createTable("survey_respondents")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("case_id", "uuid", (c) => c.unique().references("survey_cases.id").onDelete("cascade"))
    .addColumn("name", "text")
    .addColumn("email", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("survey_responses")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("respondent_id", "uuid", (c) =>
      c.unique().references("survey_respondents.id").onDelete("cascade"),
    )
    .addColumn("origin", "text", (c) => c.notNull().check(sql`origin in ('invitation', 'open-link')`))
    .addColumn("instrument_version", "integer", (c) => c.notNull())
    .addColumn("answers", "jsonb", (c) => c.notNull())
    .addColumn("progress", "double precision")
    .addColumn("resume_key_hash", "text", (c) => c.unique())
    .addColumn("idempotency_key", "text")
    .addColumn("started_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("completed_at", "timestamptz")
    .addUniqueConstraint("survey_responses_idempotency", ["survey_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("survey_responses_survey")
    .on("survey_responses")
    .columns(["survey_id", "completed_at"])
    .execute();

  await db.schema
    .createTable("survey_anonymous_responses")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("origin", "text", (c) => c.notNull().check(sql`origin in ('invitation', 'open-link')`))
    .addColumn("instrument_version", "integer", (c) => c.notNull())
    .addColumn("answers", "jsonb", (c) => c.notNull())
    .addColumn("resume_key_hash", "text", (c) => c.unique())
    .addColumn("idempotency_key", "text")
    .addColumn("started_on", "date", (c) => c.notNull())
    .addColumn("updated_on", "date", (c) => c.notNull())
    .addColumn("completed_on", "date")
    .addUniqueConstraint("survey_anonymous_responses_idempotency", ["survey_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("survey_anonymous_responses_survey")
    .on("survey_anonymous_responses")
    .columns(["survey_id", "completed_on"])
    .execute();

  // Addresses never mailed again by this workspace's surveys (unsubscribed, or hard-bounced).
  await db.schema
    .createTable("survey_suppressions")
    .addColumn("workspace_id", "uuid", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("normalised_email", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull().check(sql`reason in ('unsubscribed', 'bounced')`))
    .addColumn("survey_id", "uuid", (c) => c.references("surveys.id").onDelete("set null"))
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_suppressions_pk", ["workspace_id", "normalised_email"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "survey_suppressions",
    "survey_anonymous_responses",
    "survey_responses",
    "survey_respondents",
    "survey_completions",
    "survey_case_events",
    "survey_reminder_waves",
    "survey_mailings",
    "survey_cases",
    "survey_samples",
    "survey_frame_units",
    "survey_frames",
    "survey_instrument_versions",
    "surveys",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
