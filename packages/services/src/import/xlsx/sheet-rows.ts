// Rows of a worksheet part (`xl/worksheets/sheetN.xml`, ECMA-376 Part 1, 18.3.1.73 `<row>`) read
// from its unpacked chunks as they arrive: one batch of rows per chunk, so a sheet of a million
// rows never sits in memory. Positions follow the sheet: `line` is the row number, fields[i] is
// column i + 1 with gaps as "", trailing empty cells are dropped and rows with no text skipped.
// Merged cells need nothing special: a merged range keeps its value in the top-left cell and the
// other cells are empty in the file, so they read as "".
import type { SourceRow } from "../row-source.ts";
import { columnNumber } from "./cell-reference.ts";
import { cellText, type RawCell, type SheetContext } from "./cell-text.ts";
import { StringItemText } from "./shared-strings.ts";
import { XmlEventStream, type XmlHandlers } from "./xml-events.ts";

/** Which element's text the builder is collecting. */
const Reading = { Nothing: 0, Value: 1, Formula: 2, InlineString: 3 } as const;
type Reading = (typeof Reading)[keyof typeof Reading];

/** The parser state for one sheet: the row being built and the cell being read. */
class SheetRowBuilder implements XmlHandlers {
  batch: SourceRow[] = [];
  private line = 0;
  private fields: string[] = [];
  private column = 0;
  private reading: Reading = Reading.Nothing;
  /** Only `<sheetData>` holds cells; extensions elsewhere reuse names like `<xm:f>`. */
  private inSheetData = false;
  private readonly cell: RawCell = {
    type: "n",
    style: 0,
    hasValue: false,
    value: "",
    hasFormula: false,
    formula: "",
  };
  private readonly inline = new StringItemText();

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (!this.inSheetData) {
      this.inSheetData = name === "sheetData";
      return;
    }
    if (this.reading === Reading.InlineString) {
      this.inline.open(name);
      return;
    }
    const cell = this.cell;
    if (name === "c") {
      const reference = attributes.r;
      const column = reference === undefined ? 0 : columnNumber(reference);
      this.column = column > 0 ? column : this.column + 1; // `r` is optional: then the next column
      cell.type = attributes.t ?? "n";
      cell.style = attributes.s === undefined ? 0 : Number(attributes.s);
      cell.hasValue = cell.hasFormula = false;
      cell.value = cell.formula = "";
    } else if (name === "v") {
      this.reading = Reading.Value;
      cell.hasValue = true;
    } else if (name === "f") {
      this.reading = Reading.Formula;
      cell.hasFormula = true;
    } else if (name === "is") {
      this.reading = Reading.InlineString;
      cell.hasValue = true;
      this.inline.take();
    } else if (name === "row") {
      const r = attributes.r;
      this.line = r === undefined ? this.line + 1 : Number(r);
      this.fields = [];
      this.column = 0;
    }
  }

  text(text: string): void {
    if (this.reading === Reading.Value) this.cell.value += text;
    else if (this.reading === Reading.Formula) this.cell.formula += text;
    else if (this.reading === Reading.InlineString) this.inline.text(text);
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    if (this.reading === Reading.InlineString) {
      if (name !== "is") {
        this.inline.close(name);
        return;
      }
      this.cell.value = this.inline.take();
      this.reading = Reading.Nothing;
    } else if (name === "v" || name === "f") {
      this.reading = Reading.Nothing;
    } else if (name === "c") {
      const text = cellText(this.cell, this.context, this.line, this.column - 1);
      if (text !== "") this.place(text);
    } else if (name === "row" && this.fields.length > 0) {
      this.batch.push({ line: this.line, fields: this.fields });
    } else if (name === "sheetData") {
      this.inSheetData = false;
    }
  }

  private place(text: string): void {
    const fields = this.fields;
    const index = this.column - 1;
    if (index < fields.length) {
      fields[index] = text; // cells out of column order: rare, but allowed by the XML
      return;
    }
    while (fields.length < index) fields.push("");
    fields.push(text);
  }
}

/**
 * The non-blank rows of a worksheet part, in batches (one per unpacked chunk that completed any
 * row). Throws the `InputError`s of `cellText`; malformed XML throws a plain `Error`.
 * Example: `for await (const batch of readSheetRows(chunks, context)) for (const row of batch) ...`.
 */
export async function* readSheetRows(
  chunks: AsyncIterable<Uint8Array>,
  context: SheetContext,
): AsyncGenerator<SourceRow[]> {
  const builder = new SheetRowBuilder(context);
  const xml = new XmlEventStream(builder);
  for await (const chunk of chunks) {
    xml.write(chunk);
    if (builder.batch.length > 0) {
      yield builder.batch;
      builder.batch = [];
    }
  }
  xml.end();
  if (builder.batch.length > 0) yield builder.batch;
}
