// The commands on region x activity data, loaded together: they share most of their code, and
// one chunk loads faster than the dozen esbuild splits it into when each command is its own
// entry (~7 ms of CPU less for `complexity`, docs/decisions/0002-cli-bundle.md).
export { complexityCommand } from "./complexity-command.ts";
export { datasetsCommand } from "./datasets-command.ts";
export { demoCommand } from "./demo-command.ts";
export { lqCommand } from "./lq-command.ts";
export { relatednessCommand } from "./relatedness-command.ts";
export { specialisationCommand } from "./specialisation-command.ts";
