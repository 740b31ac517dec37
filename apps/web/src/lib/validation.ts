// Client-side checks mirroring the server's rules (packages/domain), so a person hears about a
// short password before a round trip. The server stays the authority: it validates again.

export const passwordMinLength = 12;
export const passwordMaxLength = 256;

/** The problem with a new password, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < passwordMinLength) {
    return `The password must be at least ${passwordMinLength} characters long (it has ${password.length}).`;
  }
  if (password.length > passwordMaxLength) {
    return `The password must be at most ${passwordMaxLength} characters long.`;
  }
  return undefined;
}

/** The problem with a display name, or undefined. */
export function nameProblem(name: string): string | undefined {
  return name.trim() === "" ? "Enter your name." : undefined;
}

/** The problem with an email address (a light check: one @ with text either side), or undefined. */
export function emailProblem(email: string): string | undefined {
  return /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : "Enter an email address like name@example.org.";
}
