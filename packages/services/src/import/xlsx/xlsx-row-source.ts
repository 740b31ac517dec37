// The RowSource over one worksheet: streams the sheet on each `rows()` pass and keeps the
// shared strings after the first, plus the counts the import summary shows.
import type { RowSource, SourceRow } from "../row-source.ts";
import { cellReference } from "./cell-reference.ts";
import { inPart } from "./in-part.ts";
import { readSharedStrings } from "./shared-strings.ts";
import { readSheetRows } from "./sheet-rows.ts";
import { xlsxMessages } from "./xlsx-messages.ts";
import type { ZipEntry } from "./zip-directory.ts";
import { streamZipEntry } from "./zip-entry.ts";

interface LocatedPart {
  readonly entry: ZipEntry;
  readonly offset: number;
}

export interface XlsxSheetParts {
  readonly path: string;
  /** The file as messages show it. */
  readonly file: string;
  readonly sheet: string;
  readonly worksheets: number;
  readonly date1904: boolean;
  readonly formats: Uint8Array;
  readonly sheetPart: LocatedPart;
  readonly sharedStringsPart: LocatedPart | undefined;
}

/** How many error cells the facts list by reference; the count covers them all. */
const listedErrorCells = 5;

export class XlsxRowSource implements RowSource {
  readonly format = "xlsx";
  readonly label: string;
  private sharedStrings: Promise<string[]> | undefined;
  private errorCells: string[] = [];
  private errorCount = 0;

  constructor(private readonly parts: XlsxSheetParts) {
    this.label = `${parts.file} [sheet "${parts.sheet}"]`;
  }

  /**
   * `sheet` (name), `worksheets` (how many the workbook has), `dateSystem` (only "1904", the old
   * Mac one), and after a `rows()` pass `errorCells`: `"2 (C7 #N/A, D9 #DIV/0!)"`.
   */
  get facts(): Readonly<Record<string, string>> {
    const { sheet, worksheets, date1904 } = this.parts;
    const facts: Record<string, string> = { sheet, worksheets: String(worksheets) };
    if (date1904) facts.dateSystem = "1904";
    if (this.errorCount > 0) {
      const more = this.errorCount > listedErrorCells ? ", ..." : "";
      facts.errorCells = `${this.errorCount} (${this.errorCells.join(", ")}${more})`;
    }
    return facts;
  }

  async *rows(): AsyncGenerator<readonly SourceRow[]> {
    const { path, file, sheet, formats, date1904, sheetPart } = this.parts;
    const sharedStrings = await this.loadSharedStrings();
    this.errorCells = [];
    this.errorCount = 0;
    const context = {
      label: this.label,
      sharedStrings,
      formats,
      date1904,
      onErrorCell: (line: number, fieldIndex: number, error: string) => {
        if (++this.errorCount <= listedErrorCells)
          this.errorCells.push(`${cellReference(line, fieldIndex)} ${error}`);
      },
    };
    const batches = readSheetRows(streamZipEntry(path, sheetPart.offset, sheetPart.entry), context);
    let rows = 0;
    try {
      for (;;) {
        const next = await inPart(file, sheetPart.entry.name, () => batches.next());
        if (next.done) break;
        rows += next.value.length;
        yield next.value;
      }
    } finally {
      await batches.return(undefined); // closes the file when the caller stops early
    }
    if (rows === 0) throw xlsxMessages.emptySheet(file, sheet);
  }

  private loadSharedStrings(): Promise<string[]> {
    const part = this.parts.sharedStringsPart;
    if (part === undefined) return Promise.resolve([]);
    this.sharedStrings ??= inPart(this.parts.file, part.entry.name, () =>
      readSharedStrings(streamZipEntry(this.parts.path, part.offset, part.entry)),
    );
    return this.sharedStrings;
  }
}
