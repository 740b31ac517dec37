// The first owner is made the way the product documents it: `npx smartspec admin create`.
import { spawn } from "node:child_process";
import { cliBin } from "./repo-paths.ts";
import { productEnv } from "./server-process.ts";

export interface AdminAccount {
  readonly email: string;
  /** Mutable: a password-reset journey records the new password here for later steps. */
  password: string;
  readonly name: string;
  readonly workspaceName: string;
}

/**
 * Runs the real CLI bin against `dataDir` and resolves with its output; rejects with the exit
 * code and output when the command fails.
 * Example: `await createAdminByCli(dataDir, { email, password, name, workspaceName })`.
 */
export function createAdminByCli(dataDir: string, account: AdminAccount): Promise<string> {
  const args = [cliBin, "admin", "create", "--email", account.email, "--password", account.password];
  args.push("--name", account.name, "--workspace", account.workspaceName);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: productEnv({ dataDir }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`smartspec admin create exited with ${code}:\n${output}`));
    });
  });
}
