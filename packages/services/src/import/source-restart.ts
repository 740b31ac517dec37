/**
 * Thrown by a row source that has already handed out rows when it learns it must read the file
 * another way (a CSV file that stops being valid UTF-8 is read again as Windows-1252). The
 * importer starts its pass again from the first row; the source is ready for that.
 */
export class SourceRestart extends Error {
  override readonly name = "SourceRestart";
}
