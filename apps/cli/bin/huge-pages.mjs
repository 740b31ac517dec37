// Big runs spend a large share of their time in page faults: on these machines the first write to a
// fresh 24 MB typed array costs 70-90 ms with 4 KiB pages and ~50 ms with transparent huge pages,
// and a 3,000 x 1,000 run makes about ten such arrays. glibc asks for huge pages (madvise) when
// GLIBC_TUNABLES has glibc.malloc.hugetlb=1, which must be set before the process starts. So for a
// big input the bin runs itself once more with it (~50 ms); small inputs are not worth that.
// Measured (docs/decisions/0005-huge-pages.md): 3,000 x 1,000 3.5 s -> 2.9 s; 250 x 5,000
// 3.45 s -> 3.1 s; world trade unchanged, so it is not re-run.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { resolve } from "node:path";

const tunable = "glibc.malloc.hugetlb=1";
/** Inputs at least this large (bytes, as stored) are worth the second start. */
const bigInput = 4 * 2 ** 20;

function inputBytes(args) {
  const at = args.indexOf("--input");
  const path = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith("--input="))?.slice(8);
  if (path === undefined) return 0;
  try {
    return statSync(resolve(path)).size;
  } catch {
    return 0;
  }
}

/**
 * Runs this bin again with huge pages when that pays off, returning the child's exit code, or
 * undefined when the current process should do the work itself.
 */
export function rerunWithHugePages(binPath) {
  const env = process.env;
  if (process.platform !== "linux" || env.SMARTSPEC_NO_HUGE_PAGES === "1") return undefined;
  if ((env.GLIBC_TUNABLES ?? "").includes("glibc.malloc.hugetlb")) return undefined;
  const args = process.argv.slice(2);
  if (inputBytes(args) < bigInput) return undefined;
  const tunables = env.GLIBC_TUNABLES ? `${env.GLIBC_TUNABLES}:${tunable}` : tunable;
  const child = spawnSync(process.execPath, [...process.execArgv, binPath, ...args], {
    stdio: "inherit",
    env: { ...env, GLIBC_TUNABLES: tunables },
  });
  if (child.error) return undefined;
  return child.status ?? 1;
}
