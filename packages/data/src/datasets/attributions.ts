// The attribution each source's licence requires, written once: the CLI and the UI print these
// wherever the numbers are shown. Wording from each folder's SOURCE.md.

export const OGL = "Open Government Licence v3.0 (Crown copyright)";

export const attributions = {
  bres: "Source: Office for National Statistics (Business Register and Employment Survey), licensed under the Open Government Licence v3.0.",
  businessCounts:
    "Source: Office for National Statistics (UK Business Counts), licensed under the Open Government Licence v3.0.",
  gva: "Source: Office for National Statistics, Regional gross value added (balanced) by industry, licensed under the Open Government Licence v3.0.",
  sic2007:
    "Contains public sector information licensed under the Open Government Licence v3.0 (source: ONS UK SIC 2007).",
  ukBoundaries:
    "Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2021.",
  eurostatLfs: "Source: Eurostat (lfst_r_lfe2en2).",
  gisco: "© EuroGeographics for the administrative boundaries. Source: Eurostat GISCO (NUTS 2021).",
} as const;
