// The commands of the CLI, each loaded only when it runs: a command's libraries (the XLSX reader,
// SVG writer, the database...) cost start-up time and memory that `complexity` or `--help`
// should not pay. The bundle makes a chunk of each module imported here (docs/decisions/0002).
// Keep each `load` a literal `import(...)`: the build reads the chunk from it to know which files
// a run of the command can load (bin/bundle.mjs).
import type { CliCommand } from "./cli-context.ts";

export interface CommandEntry {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  readonly load: () => Promise<CliCommand>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: "complexity",
    summary: "ECI/PCI, proximity, density, COI and COG of a long data file",
    load: async () => (await import("./commands/analysis-commands.ts")).complexityCommand,
  },
  {
    name: "specialisation",
    summary: "specialisation of regions and concentration of activities (Herfindahl, Gini...)",
    load: async () => (await import("./commands/analysis-commands.ts")).specialisationCommand,
  },
  {
    name: "relatedness",
    summary: "co-occurrence relatedness between activities and relatedness density",
    load: async () => (await import("./commands/analysis-commands.ts")).relatednessCommand,
  },
  {
    name: "lq",
    summary: "location quotients of chosen activities in chosen regions, with their totals",
    load: async () => (await import("./commands/analysis-commands.ts")).lqCommand,
  },
  {
    name: "survey",
    summary: "survey estimates with intervals, raking weights, AAPOR rates, Likert charts, cross-tabs",
    load: async () => (await import("./commands/survey-command.ts")).surveyCommand,
  },
  {
    name: "datasets",
    summary: "list the bundled data sets (id, geography, classification, years, licence)",
    load: async () => (await import("./commands/analysis-commands.ts")).datasetsCommand,
  },
  {
    name: "import",
    summary: "check a CSV or XLSX data file and write it as a long CSV",
    load: async () => (await import("./commands/import-command.ts")).importCommand,
  },
  {
    name: "demo",
    summary: "complexity of the bundled world-trade data, with a short summary",
    load: async () => (await import("./commands/analysis-commands.ts")).demoCommand,
  },
  {
    name: "admin",
    summary: "create the first owner (instance admin): admin create --email E --password P",
    load: async () => (await import("./commands/admin-command.ts")).adminCommand,
  },
  {
    name: "mail",
    summary: "record a bounce (delivery status notification) from a file or an MTA pipe: mail bounce",
    load: async () => (await import("./commands/mail-bounce-command.ts")).mailBounceCommand,
  },
];
