export * from "./read-xlsform-workbook.ts";
export * from "./write-xlsform-workbook.ts";
