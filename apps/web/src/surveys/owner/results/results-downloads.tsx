// The results as files (issue 6, scope 6): plain links to the report PDF and the data pack, which
// the browser saves (the server sends them as attachments), and one line on what the pack holds.
import { dataPackPath, reportPdfPath } from "../../../api/survey-results-paths.ts";

export function ResultsDownloads({ slug, surveyId }: { slug: string; surveyId: string }) {
  return (
    <div className="results-downloads">
      <p className="download-links">
        <a className="download-link" href={reportPdfPath(slug, surveyId)} download>
          Report (PDF)
        </a>
        <a className="download-link" href={dataPackPath(slug, surveyId)} download>
          Data pack (CSV, XLSX, SPSS, R script)
        </a>
      </p>
      <p className="hint">
        The data pack is a zip of the answers as CSV (codes, and labels) and XLSX, an SPSS .sav file, and an R
        script that reproduces every estimate with the survey package. Both files use the design weights,
        whatever weighting is chosen below.
      </p>
    </div>
  );
}
