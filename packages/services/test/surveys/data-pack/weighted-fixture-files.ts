// The files of a weighted pack that its R run needs, and so the fixtures keep: the codes the
// script reads, the report's estimates it checks against, and the script.
export const weightedFixtureFiles = (name: string): string[] => [
  `${name}-codes.csv`,
  `${name}-report-estimates.csv`,
  `${name}-estimates.R`,
];
