// argon2id password hashing (@node-rs/argon2 defaults: 19 MiB, 2 passes, 1 lane - the OWASP
// minimum). Unknown emails are checked against a dummy hash so both paths take the same time.
// The native addon is loaded on first use, so commands that never touch a password do not pay for it.
const argon2 = () => import("@node-rs/argon2");

/** The argon2id PHC string for `password` (`$argon2id$v=19$m=19456,t=2,p=1$...`). */
export function hashPassword(password: string): Promise<string> {
  return argon2().then(({ hash }) => hash(password));
}

/** Whether `password` matches `passwordHash`; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    const { verify } = await argon2();
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification and returns false: the path for an unknown email. */
export async function verifyNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword("smartspec dummy password for unknown emails");
  await verifyPassword(await dummyHash, password);
  return false;
}
