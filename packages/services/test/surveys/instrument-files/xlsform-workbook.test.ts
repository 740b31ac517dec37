import { fromXlsForm, toXlsForm, validateInstrument } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/input/input-error.ts";
import { readXlsFormWorkbook, xlsFormWorkbook } from "../../../src/surveys/instrument-files/index.ts";
import { tempFolder } from "../../temp-files.ts";

const folder = tempFolder("xlsform");

const checked = validateInstrument({
  settings: { title: "Facility awareness" },
  pages: [
    {
      name: "about",
      title: "About you",
      elements: [
        {
          type: "single-choice",
          name: "size_band",
          title: "Size band",
          required: true,
          choices: [
            { value: "1", label: "0-9" },
            { value: "2", label: "10-49" },
          ],
          other: { label: "Other" },
        },
        {
          type: "number",
          name: "staff",
          title: "Staff",
          integer: true,
          min: 0,
          visibleIf: "{size_band} = '1'",
        },
        {
          type: "likert",
          name: "aware",
          title: "Awareness",
          scale: {
            points: [
              { value: 1, label: "Low" },
              { value: 2, label: "High" },
            ],
            nonSubstantive: [],
          },
        },
      ],
    },
  ],
});
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const instrument = checked.instrument;

describe("XLSForm workbooks", () => {
  it("writes the sheets to .xlsx and reads the same rows back", async () => {
    const sheets = toXlsForm(instrument, { formId: "aware" }).sheets;
    const path = folder.file("aware.xlsx", await xlsFormWorkbook(sheets));
    const read = await readXlsFormWorkbook(path);
    expect(read).toEqual(sheets);
    expect(fromXlsForm(read)).toEqual({ ok: true, instrument, formId: "aware", warnings: [] });
  });

  it("keeps sheet row numbers when rows are blank, and treats missing choices and settings as empty", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const survey = book.addWorksheet("Survey");
    survey.addRow(["type", "name", "label"]);
    survey.addRow(["text", "a", "A"]);
    survey.addRow([]);
    survey.addRow(["date", "d", "When"]);
    const path = folder.file("blank-row.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    const read = await readXlsFormWorkbook(path, { label: "blank-row.xlsx" });
    expect(read).toEqual({
      survey: [{ type: "text", name: "a", label: "A" }, {}, { type: "date", name: "d", label: "When" }],
      choices: [],
      settings: [],
    });
    const result = fromXlsForm(read);
    expect(!result.ok && result.problems).toEqual([
      { path: ["survey", 4, "type"], message: 'the XLSForm type "date" is not supported' },
    ]);
  });

  it("says when the workbook has no survey sheet", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Data").addRow(["x"]);
    const path = folder.file("no-survey.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    const error = await readXlsFormWorkbook(path, { label: "no-survey.xlsx" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'no-survey.xlsx: the workbook has no sheet "survey"; its sheets are "Data".',
    );
  });
});
