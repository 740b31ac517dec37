// Where the population counts come from, under every table that uses them: the data set, the
// count year and geography, how its size bands were grouped, and the attribution its licence asks.
import type { PopulationSource } from "../../../api/survey-weighting-types.ts";

export function PopulationSourceNote({ population }: { population: PopulationSource }) {
  return (
    <p className="source-note">
      Population: {population.source}, counts for {population.year}, {population.geography}. Size bands:{" "}
      {population.sizeBandMapping.replaceAll(" -> ", " \u2192 ")}. {population.attribution}
    </p>
  );
}
