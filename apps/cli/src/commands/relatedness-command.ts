import type { CliCommand } from "../cli-context.ts";

export const relatednessCommand: CliCommand = {
  name: "relatedness",
  summary: "TODO",
  help: "TODO",
  async run() {
    return 0;
  },
};
