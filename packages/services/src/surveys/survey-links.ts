// The links in survey mail and on the page, in one place so the server's routes and the mail agree.

/** A respondent's personal link: `${publicUrl}/s/${token}`. */
export function personalLink(publicUrl: string, token: string): string {
  return `${publicUrl}/s/${token}`;
}

/** The one-click unsubscribe link for a personal token: `${publicUrl}/s/${token}/unsubscribe`. */
export function unsubscribeLink(publicUrl: string, token: string): string {
  return `${publicUrl}/s/${token}/unsubscribe`;
}

/** A survey's open link (no token): `${publicUrl}/s/open/${key}`. */
export function openLink(publicUrl: string, key: string): string {
  return `${publicUrl}/s/open/${key}`;
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Whether `value` has the shape of a 256-bit base64url token (checked before any query). */
export function isTokenShaped(value: string): boolean {
  return tokenPattern.test(value);
}
