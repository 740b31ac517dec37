// What the importer must do with each file of corpus/ (written by make-corpus.py and
// make-corpus-xlsx.ts): the exact normalised output, or the exact list of problems, or the exact
// message of a file it refuses to open. Expected outputs were written by hand from the input
// bytes (values re-typed, not copied from a run); every message is the full sentence a user sees.
// One idea, one table: past 500 lines only because there are 77 cases, each a few lines long, and
// splitting the table would hide which file of corpus/ a case belongs to.
import { activityCodeList, type ImportDatasetProps, regionCodeList } from "../../src/index.ts";

export interface CorpusCase {
  readonly file: string;
  /** What the file exercises. */
  readonly why: string;
  readonly options?: Partial<ImportDatasetProps>;
  /** The whole normalised output, when the import succeeds. */
  readonly output?: string;
  /** Every problem message, in line order, when it fails. */
  readonly problems?: readonly string[];
  /** The message of the InputError when the file cannot be opened as data at all. */
  readonly thrown?: string;
  /** Facts the source must report (a subset of `summary.source.facts`). */
  readonly facts?: Readonly<Record<string, string>>;
}

const header = "region,activity,value,status\n";
const headerWithTime = "region,activity,time,value,status\n";
const formula = (place: string, text: string, first: string) =>
  `${place}: ${JSON.stringify(text)} looks like a spreadsheet formula (it starts with "${first}"); it is refused so that it cannot run when the output is opened in a spreadsheet.`;
const nul = (file: string, line: number) =>
  `${file}, line ${line}: the file holds a NUL byte (0x00), so it is not a CSV text file (a UTF-16 file needs a byte order mark, or give --encoding utf-16le).`;
const duplicate = (place: string, key: string, first: number) =>
  `${place}: ${key} already appears on line ${first}; give each cell once (or add up the rows first).`;

export const corpusCases: readonly CorpusCase[] = [
  // Encodings
  {
    file: "utf8-bom.csv",
    why: "a UTF-8 byte order mark is dropped and reported",
    output: `${header}R1,A1,5,\nR2,A1,7,\n`,
    facts: { encoding: "utf-8 (byte order mark)", delimiter: ", (guessed)" },
  },
  {
    file: "utf8-accents.csv",
    why: "UTF-8 letters stay as they are",
    output: `${header}Île-de-France,Café,5,\nZürich,Straße,7,\n`,
    facts: { encoding: "utf-8 (valid UTF-8)" },
  },
  {
    file: "windows-1252.csv",
    why: "bytes 0xE9, 0x93, 0x94 are not UTF-8: read as Windows-1252 (é and curly quotes)",
    output: `${header}Café,A1,5,\nR2,\u201cA\u201d,7,\n`,
    facts: { encoding: "windows-1252 (guessed: line 2 is not valid UTF-8)" },
  },
  {
    file: "utf16le-bom-tab.txt",
    why: 'Excel\'s "Unicode text": UTF-16LE with a BOM, tabs, CRLF',
    output: `${header}R1,A1,5,\nR2,A1,7,\n`,
    facts: { encoding: "utf-16le (byte order mark)", delimiter: "tab (guessed)" },
  },
  {
    file: "utf16be-bom.csv",
    why: "UTF-16BE with a BOM",
    output: `${header}R1,Zürich,5,\n`,
    facts: { encoding: "utf-16be (byte order mark)" },
  },
  {
    file: "utf16le-no-bom.csv",
    why: "UTF-16LE without a BOM, recognised by its NUL bytes in odd positions",
    output: `${header}R1,A1,5,\n`,
    facts: { encoding: "utf-16le (guessed)" },
  },
  {
    file: "utf8-bom-invalid-byte.csv",
    why: "a BOM says UTF-8, so a Latin-1 byte is an error rather than a reason to guess again",
    problems: ["utf8-bom-invalid-byte.csv, line 3: byte 0xE9 is not valid UTF-8; save the file as UTF-8."],
  },
  { file: "nul-byte.csv", why: "a NUL byte in the middle of the text", problems: [nul("nul-byte.csv", 3)] },
  {
    file: "binary.png",
    why: "a binary file (the NUL follows the PNG signature's CR LF and LF, so it is on line 3)",
    problems: [nul("binary.png", 3)],
  },
  {
    file: "gzip.csv.gz",
    why: "gzip is recognised by its magic bytes",
    output: `${header}R1,A1,5,\nR2,A1,7,\n`,
    facts: { compression: "gzip" },
  },
  {
    file: "broken.csv.gz",
    why: "a gzip header followed by garbage",
    problems: ["broken.csv.gz: the file starts like gzip but cannot be unpacked (invalid code lengths set)."],
  },
  // Delimiters and decimals
  {
    file: "semicolon-decimal-comma.csv",
    why: "semicolons imply a decimal comma: 1,5 and 1.234,5",
    output: `${header}R1,A1,1.5,\nR2,A1,1234.5,\nR3,A1,12,\n`,
    facts: { delimiter: "; (guessed)" },
  },
  {
    file: "semicolon-point-decimal.csv",
    why: "a decimal point in a semicolon file, with the hint to give --decimal .",
    problems: [
      'semicolon-point-decimal.csv, line 2, column "value": "12.5" is not a number (it is read with a decimal comma; give --decimal . if the point is the decimal separator).',
    ],
  },
  {
    file: "semicolon-point-decimal.csv",
    why: "the same file with --decimal .",
    options: { decimal: "." },
    output: `${header}R1,A1,12.5,\nR2,A1,3,\n`,
  },
  {
    file: "tab.tsv",
    why: "tabs; a comma inside a code is quoted in the output",
    output: `${header}R1,A 1,5,\nR2,"A,2",7,\n`,
    facts: { delimiter: "tab (guessed)" },
  },
  {
    file: "pipe.txt",
    why: "pipes",
    output: `${header}R1,A1,5,\nR2,A;1,7,\n`,
    facts: { delimiter: "| (guessed)" },
  },
  {
    file: "comma-decimal-in-comma-file.csv",
    why: '"1,5" is not a thousands group; "1,500" is',
    problems: [
      'comma-decimal-in-comma-file.csv, line 2, column "value": "1,5" is not a number (with a decimal comma? give --decimal ,).',
    ],
  },
  // Quoting and line ends
  { file: "crlf.csv", why: "CRLF line ends", output: `${header}R1,A1,5,\nR2,A1,7,\n` },
  {
    file: "mixed-line-endings.csv",
    why: "LF, CRLF and a lone CR in one file",
    output: `${header}R1,A1,5,\nR2,A1,6,\nR3,A1,7,\n`,
  },
  {
    file: "quoted-newlines.csv",
    why: "a line break inside quotes: the next row is line 4",
    problems: ['quoted-newlines.csv, line 4, column "value": "bad" is not a number.'],
  },
  {
    file: "quoted-delimiters-and-quotes.csv",
    why: 'delimiters and "" inside quotes, re-quoted in the output',
    output: `${header}"R,1","say ""hi""",5,\nR2,A1,7,\n`,
  },
  {
    file: "unclosed-quote.csv",
    why: "a quote that never closes stops the reading with its line",
    problems: [
      "unclosed-quote.csv, line 3: a quoted field starts on this line but its closing quote is missing.",
    ],
  },
  {
    file: "text-after-closing-quote.csv",
    why: 'text after a closing quote is kept, as Excel reads it ("R"1 is R1)',
    output: `${header}R1,A1,5,\n`,
  },
  {
    file: "trailing-delimiter.csv",
    why: "a delimiter at the end of every line, header included",
    output: `${header}R1,A1,5,\nR2,A1,7,\n`,
  },
  {
    file: "blank-and-empty-rows.csv",
    why: "blank lines and rows of only delimiters are skipped",
    output: `${header}R1,A1,5,\nR2,A1,7,\n`,
  },
  {
    file: "no-final-newline.csv",
    why: "no line end after the last row",
    output: `${header}R1,A1,5,\nR2,A1,7,\n`,
  },
  // Whole file and header
  {
    file: "empty.csv",
    why: "0 bytes",
    problems: ["empty.csv: the file is empty; expected a header line and data rows."],
  },
  {
    file: "only-blank-lines.csv",
    why: "nothing but blank lines",
    problems: ["only-blank-lines.csv: the file is empty; expected a header line and data rows."],
  },
  {
    file: "bom-only.csv",
    why: "a BOM and nothing else",
    problems: ["bom-only.csv: the file is empty; expected a header line and data rows."],
  },
  {
    file: "header-only.csv",
    why: "a header line and no rows",
    problems: ["header-only.csv, line 1: the file has a header line but no data rows."],
  },
  {
    file: "duplicate-headers.csv",
    why: "two columns named value (case is ignored)",
    problems: [
      'duplicate-headers.csv, line 1, column 4: the name "Value" is already used by column 3; give every column its own name.',
    ],
  },
  {
    file: "empty-header-name.csv",
    why: "a column without a name",
    problems: ["empty-header-name.csv, line 1, column 2: the column has no name; give every column a name."],
  },
  {
    file: "no-value-column.csv",
    why: "no header looks like a value column",
    problems: [
      'no-value-column.csv, line 1: no column looks like the value column; the header has "region", "activity", "figure". Give --value COL.',
    ],
  },
  {
    file: "no-value-column.csv",
    why: "a given column that is not in the header",
    options: { columns: { value: "count" } },
    problems: [
      'no-value-column.csv, line 1: no column "count" (given as --value); the header has "region", "activity", "figure".',
    ],
  },
  {
    file: "long-header-name.csv",
    why: "a header name of 1,001 characters",
    problems: [
      "long-header-name.csv, line 1, column 4: the field is 1,001 characters long; a code or header name may have at most 1,000.",
    ],
  },
  // Rows and fields
  {
    file: "ragged-short.csv",
    why: "rows that end early",
    problems: [
      'ragged-short.csv, line 3, column "value": the row ends after 2 fields but the header has 3 columns.',
      'ragged-short.csv, line 4, column "activity": the row ends after 1 field but the header has 3 columns.',
    ],
  },
  {
    file: "ragged-long.csv",
    why: "an extra empty field is fine, an extra value is not",
    problems: [
      "ragged-long.csv, line 3, column 4: the row has 4 fields but the header has 3 columns; this field is not empty.",
    ],
  },
  {
    file: "formula-cells.csv",
    why: "formula-looking codes and values (CSV injection) are refused; -3 is only negative",
    problems: [
      formula('formula-cells.csv, line 2, column "region"', "=cmd|' /C calc'!A0", "="),
      formula('formula-cells.csv, line 3, column "activity"', "+44", "+"),
      formula('formula-cells.csv, line 4, column "region"', "@SUM(A1)", "@"),
      formula('formula-cells.csv, line 5, column "activity"', "-x", "-"),
      formula('formula-cells.csv, line 6, column "value"', "=1+2", "="),
      'formula-cells.csv, line 7, column "value": "-3" is negative; values must be zero or more.',
    ],
  },
  {
    file: "huge-code.csv",
    why: "a code of 1,500 characters",
    problems: [
      'huge-code.csv, line 2, column "activity": the field is 1,500 characters long; a code or header name may have at most 1,000.',
    ],
  },
  {
    file: "huge-ignored-field.csv",
    why: "a 100,000-character field in a column that is not read",
    output: `${header}R1,A1,5,\n`,
  },
  {
    file: "empty-codes.csv",
    why: "an empty and a blank code",
    problems: [
      'empty-codes.csv, line 2, column "region": the region code is empty.',
      'empty-codes.csv, line 3, column "activity": the activity code is empty.',
    ],
  },
  {
    file: "non-numeric.csv",
    why: "text, NA, an overflowing exponent, hex and a percentage",
    problems: [
      'non-numeric.csv, line 2, column "value": "12 t" is not a number.',
      'non-numeric.csv, line 3, column "value": "NA" is not a number.',
      'non-numeric.csv, line 4, column "value": "1e999" is not a number.',
      'non-numeric.csv, line 5, column "value": "0x10" is not a number.',
      'non-numeric.csv, line 6, column "value": "12%" is not a number.',
    ],
  },
  {
    file: "negative.csv",
    why: "negative values, one with a thousands separator",
    problems: [
      'negative.csv, line 2, column "value": "-5" is negative; values must be zero or more.',
      'negative.csv, line 3, column "value": "-0.5" is negative; values must be zero or more.',
      'negative.csv, line 4, column "value": "-1,234" is negative; values must be zero or more.',
    ],
  },
  {
    file: "spreadsheet-errors.csv",
    why: "Excel error values exported as text",
    problems: [
      'spreadsheet-errors.csv, line 2, column "value": the cell holds the spreadsheet error #N/A.',
      'spreadsheet-errors.csv, line 3, column "value": the cell holds the spreadsheet error #DIV/0!.',
      'spreadsheet-errors.csv, line 4, column "region": the cell holds the spreadsheet error #REF!.',
    ],
  },
  {
    file: "duplicate-cells.csv",
    why: "a cell given three times: both repeats name the first line",
    problems: [
      duplicate("duplicate-cells.csv, line 5", 'region "R1", activity "A1"', 2),
      duplicate("duplicate-cells.csv, line 6", 'region "R1", activity "A1"', 2),
    ],
  },
  {
    file: "duplicate-cells-time.csv",
    why: "the same cell in two years is fine, twice in one year is not",
    problems: [duplicate("duplicate-cells-time.csv, line 4", 'region "R1", activity "A1", time "2020"', 2)],
  },
  {
    file: "codes-trimmed.csv",
    why: "spaces around names and codes",
    output: `${header}R1,A1,5,\nR1,A2,7,\n`,
  },
  {
    file: "leading-zero-codes.csv",
    why: "codes are text: 01000 keeps its zero",
    output: `${header}E06000022,01000,5,\nE06000022,0111,7,\n`,
  },
  // Numbers and suppressed cells
  {
    file: "thousands-separators.csv",
    why: '"3,345", "1,234,567.5", 1 234 and "12,345,678"',
    output: `${header}R1,A1,3345,\nR2,A1,1234567.5,\nR3,A1,1234,\nR4,A1,12345678,\n`,
  },
  {
    file: "plain-numbers.csv",
    why: "007, 12.50, 1e3, 0 and .5 in shortest form",
    output: `${header}R1,A1,7,\nR2,A1,12.5,\nR3,A1,1000,\nR4,A1,0,\nR5,A1,0.5,\n`,
  },
  {
    file: "suppressed-markers.csv",
    why: "all 16 markers (blank included) are suppressed, never 0",
    output: `${header}${Array.from({ length: 16 }, (_, i) => `R${i + 1},A1,,suppressed\n`).join("")}`,
  },
  {
    file: "suppressed-omit.csv",
    why: "--suppressed omit leaves suppressed cells out",
    options: { suppressed: "omit" },
    output: `${header}R1,A1,5,\n`,
  },
  // Layouts and mappings
  {
    file: "wide-years.csv",
    why: "ONS-style wide table: years as columns, names ignored, thousands separators, ..",
    output: `${headerWithTime}TLK1,29,2019,1234,\nTLK1,29,2020,,suppressed\nTLK1,30,2019,567,\nTLK1,30,2020,2001,\n`,
  },
  {
    file: "wide-activities.csv",
    why: "activities as columns; the name column is not read; a blank is suppressed",
    output: `${header}E1,A,1,\nE1,B,2,\nE1,C,3,\nE2,A,4,\nE2,B,,suppressed\nE2,C,6,\n`,
  },
  {
    file: "wide-activities-time.csv",
    why: "activities as columns, with a year column",
    output: `${headerWithTime}E1,A01,2020,1,\nE1,B05,2020,2,\nE1,A01,2021,3,\nE1,B05,2021,4,\n`,
  },
  {
    file: "wide-formula-header.csv",
    why: "a column name that would become a formula-looking activity code",
    problems: [formula('wide-formula-header.csv, line 1, column "=A1"', "=A1", "=")],
  },
  {
    file: "wide-no-periods.csv",
    why: "--layout wide with an activity column but no period columns",
    options: { columns: { layout: "wide", activity: "industry" } },
    problems: [
      'wide-no-periods.csv, line 1: in the wide layout with an activity column, the other columns must be periods (named like 2021, 2021Q1 or 2021-03); the header has "region", "industry", "jan", "feb". Without --activity, the columns are read as activities.',
    ],
  },
  {
    file: "nomis-long.csv",
    why: "Nomis column names guessed: GEOGRAPHY_CODE, INDUSTRY_CODE, DATE, OBS_VALUE",
    output: `${headerWithTime}UKK1,29,2021,9000,\nUKK1,30,2021,15000,\n`,
  },
  {
    file: "eurostat-geo-time.csv",
    why: "Eurostat names guessed (geo, nace_r2, time, obs_value); ':' is suppressed",
    output: `${headerWithTime}DE1,C,2020,1234.5,\nDE2,C,2020,,suppressed\n`,
  },
  {
    file: "title-lines.csv",
    why: "title and source lines above the table are skipped, and the delimiter is still guessed",
    output: `${header}R1,A1,1.5,\n`,
    facts: { delimiter: "; (guessed)" },
  },
  {
    file: "header-row-option.csv",
    why: "two-field note lines above the table need --header-row",
    options: { headerRow: 4 },
    output: `${header}R1,A1,5,\n`,
  },
  {
    file: "header-row-option.csv",
    why: "without --header-row the first two-field line is taken for the header",
    problems: [
      'header-row-option.csv, line 1: no column looks like the region column; the header has "date", "2021". Give --region COL.',
    ],
  },
  {
    file: "one-column.csv",
    why: "a one-column file: its first line is the header after all",
    problems: [
      'one-column.csv, line 1: no column looks like the activity column; the header has "region". Give --activity COL.',
    ],
  },
  // Code lists
  {
    file: "sic-unknown-codes.csv",
    why: "unknown SIC codes, one problem per code with suggestions",
    options: { activityCodes: activityCodeList("sic2007") },
    problems: [
      'sic-unknown-codes.csv, line 3, column "activity": "30310" is not in SIC 2007 (2 rows, the first here); did you mean 30300 (Manufacture of air and spacecraft and related machinery), 30110 (Building of ships and floating structures), 30910 (Manufacture of motorcycles)?',
      'sic-unknown-codes.csv, line 5, column "activity": "99999" is not in SIC 2007 (1 row); did you mean 93199 (Other sports activities (not including activities of racehor...), 94990 (Activities of other membership organisations nec), 43999 (Specialised construction activities (other than scaffold ere...)?',
    ],
  },
  {
    file: "sic-rewritten-codes.csv",
    why: "30.30/0 -> 30300 and 2910 -> 29.10 are rewritten; ' 29 ' is only trimmed",
    options: { activityCodes: activityCodeList("sic2007") },
    output: `${header}R1,30300,5,\nR1,29.10,7,\nR2,29,1,\nR2,30300,3,\n`,
  },
  {
    file: "sic-rewrite-duplicate.csv",
    why: "30.30/0 and 30300 are the same cell once rewritten",
    options: { activityCodes: activityCodeList("sic2007") },
    problems: [duplicate("sic-rewrite-duplicate.csv, line 3", 'region "R1", activity "30300"', 2)],
  },
  {
    file: "itl-region-codes.csv",
    why: "a NUTS code where ITL 2021 is expected; tlk2 is upper-cased",
    options: { regionCodes: regionCodeList("itl2021") },
    problems: [
      'itl-region-codes.csv, line 3, column "region": "UKK1" is not in ITL 2021 (1 row); did you mean TLK1 (Gloucestershire, Wiltshire and Bath/Bristol area)?',
    ],
  },
  // Workbooks
  {
    file: "workbook.xlsx",
    why: "the first sheet; a text code keeps its zero; numbers in shortest form",
    output: `${header}R1,01000,5,\nR2,01000,7.5,\nR3,29,1234567,\n`,
    facts: { sheet: "Sheet1" },
  },
  {
    file: "workbook-named-sheet.xlsx",
    why: "--sheet Data, with Nomis column names",
    options: { sheet: "Data" },
    output: `${headerWithTime}UKK1,29,2021,9000,\nUKK1,30,2021,15000,\n`,
  },
  {
    file: "workbook-empty-first-sheet.xlsx",
    why: "the first sheet is empty",
    problems: [
      'workbook-empty-first-sheet.xlsx: sheet "Empty" is empty; expected a header row and data rows.',
    ],
  },
  {
    file: "workbook-errors.xlsx",
    why: "an #N/A cell is a problem at its sheet row; a formula's cached result (10) is read",
    problems: [
      'workbook-errors.xlsx [sheet "Data"], row 3, column "value": the cell holds the spreadsheet error #N/A.',
    ],
  },
  {
    file: "workbook-wide.xlsx",
    why: "a wide sheet with a [c] marker",
    output: `${headerWithTime}TLK1,29,2020,1234.5,\nTLK1,29,2021,1300,\nTLK1,30,2020,,suppressed\nTLK1,30,2021,2001,\n`,
  },
  {
    file: "workbook-formula-text.xlsx",
    why: "a text cell holding a command formula",
    problems: [
      formula('workbook-formula-text.xlsx [sheet "Data"], row 2, column "region"', "=cmd|' /C calc'!A0", "="),
    ],
  },
  {
    file: "workbook-short-rows.xlsx",
    why: "a sheet row ends at its last non-empty cell: the missing value is blank, so suppressed",
    output: `${header}R1,A1,5,\nR2,A1,,suppressed\n`,
  },
  {
    file: "csv-renamed.xlsx",
    why: "a CSV file named .xlsx",
    thrown:
      "csv-renamed.xlsx: not an Excel .xlsx workbook (it looks like a text file such as CSV; import it as a CSV file).",
  },
  {
    file: "workbook.xlsx",
    why: "a sheet name that is not in the workbook",
    options: { sheet: "Nope" },
    thrown: 'workbook.xlsx: the workbook has no sheet "Nope"; its sheets are "Sheet1".',
  },
];
