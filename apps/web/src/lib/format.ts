// Small text formatters for the pages; pure, so they are tested without a browser.

/**
 * Years as runs: [2018, 2019, 2020, 2022] -> "2018-2020, 2022"; [] -> "none". Input in any order,
 * duplicates ignored.
 */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return "none";
  const runs: string[] = [];
  let start = sorted[0]!;
  let previous = start;
  for (const year of [...sorted.slice(1), Number.NaN]) {
    if (year === previous + 1) {
      previous = year;
      continue;
    }
    runs.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = previous = year;
  }
  return runs.join(", ");
}

/**
 * An ISO 8601 timestamp as "14 May 2025, 09:30 UTC" (UTC so every reader sees the same text);
 * `null`, "" or an unparseable value -> "-".
 */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return "-";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "-";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (value: number) => String(value).padStart(2, "0");
  const day = `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** The page title convention: "Members - smartspec". */
export function pageTitle(page: string): string {
  return `${page} - smartspec`;
}

/** Role names as people read them: "owner" -> "Owner". */
export function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

const mailStatuses: Readonly<Record<string, string>> = {
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  kept: "Kept here (no mail server)",
};

/** An outbox status in words: "kept" -> "Kept here (no mail server)"; unknown ones as they come. */
export function mailStatusLabel(status: string): string {
  return mailStatuses[status] ?? status;
}
