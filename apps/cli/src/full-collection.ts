// A full garbage collection on request. Big runs release the input file's bytes and its long table
// once the panel is built; V8 would collect them only at its next major collection, often after the
// analysis has allocated its matrices, so the peak memory held both (3,000 x 1,000: about 45 MiB).
// A forced collection there costs about 5 ms. `gc` is exposed by setting the flag at run time and
// taking the function from a fresh context, as jest-leak-detector does; the flag changes nothing else.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

export function fullCollection(): void {
  if (collect === undefined) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
