// The process entry of the CLI (what bin/smartspec.mjs runs, bundled or through tsx): binds
// main() to the real process. The command table is exported for the build (bin/bundle.mjs), which
// reads from each command's `load` which chunk a run of that command loads.
import { main } from "./main.ts";

export { commands } from "./command-table.ts";

export async function runCli(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
