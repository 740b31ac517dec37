// One variable of "who answered" as a table: for each level the population, frame, sample and
// respondents (count and share), the response rate and how far respondents' share is from the
// population's. The chart beside it draws two of these columns; this table is its accessible form.
// "Difference" is the respondents' share minus the population's, in percentage points.
import type { VariableComparison } from "../../../api/survey-weighting-types.ts";
import { formatCount, formatPoints, formatShare } from "./format-results.ts";

const countAndShare = (count: number, share: number) => (
  <>
    {formatCount(count)} <span className="share">({formatShare(share)})</span>
  </>
);

/** A soft hyphen: long headers may break there on a narrow screen (a tablet in portrait). */
const shy = "\u00ad";

export function ComparisonTable({ variable }: { variable: VariableComparison }) {
  const heading = variable.variable === "size" ? "Size band" : "SIC section";
  const caption = `Who answered by ${variable.title}: counts and shares`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: long labels may make it scroll; a scrolling box must take focus to scroll by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="data-table comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="number">
              Popu{shy}lation
            </th>
            <th scope="col" className="number">
              Frame
            </th>
            <th scope="col" className="number">
              Sample
            </th>
            <th scope="col" className="number">
              Respond{shy}ents
            </th>
            <th scope="col" className="number">
              Response rate
            </th>
            <th scope="col" className="number">
              Differ{shy}ence (points)
            </th>
          </tr>
        </thead>
        <tbody>
          {variable.levels.map((level) => (
            <tr key={level.level}>
              <th scope="row">{level.label}</th>
              <td className="number">{countAndShare(level.population, level.populationShare)}</td>
              <td className="number">{countAndShare(level.frame, level.frameShare)}</td>
              <td className="number">{countAndShare(level.sample, level.sampleShare)}</td>
              <td className="number">{countAndShare(level.respondents, level.respondentShare)}</td>
              <td className="number">{formatShare(level.responseRate)}</td>
              <td className="number">{formatPoints(level.differenceFromPopulation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
