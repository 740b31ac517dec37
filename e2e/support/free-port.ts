import { createServer } from "node:net";

/**
 * A TCP port that was free a moment ago on every interface (the OS picks it). Another process
 * could take it before the server binds; with ports picked at random that race is rare.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
