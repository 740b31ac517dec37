// Anonymous surveys hold submitted answers until enough can be released together (decision 0011);
// the results say so, or an owner would wonder where the latest answers went.

/** The sentence for `held` answers waiting for a batch of `batchSize`; null when none is held. */
export function heldAnswersText(held: number, batchSize: number): string | null {
  if (held <= 0) return null;
  const answers = held === 1 ? "1 answer is" : `${held} answers are`;
  return `${answers} held until ${batchSize} can be released together, so that no answer can be linked to its sender.`;
}
