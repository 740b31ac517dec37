// Element events from the XML parts of a workbook, through saxes (the XML parser exceljs itself
// uses). Two things exceljs's streaming reader gets wrong are handled here: bytes are decoded
// with one streaming TextDecoder, so a character split across two chunks stays whole (exceljs
// decodes each chunk alone and garbles it), and element names lose their namespace prefix, so
// `<x:row>` from producers that write prefixed SpreadsheetML reads like `<row>`.
import { SaxesParser } from "saxes";

export type XmlAttributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /** `name` without its prefix (`x:c` -> `c`). */
  open?(name: string, attributes: XmlAttributes): void;
  /** Character data (entities decoded; CDATA included); may come in several pieces. */
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/**
 * An attribute by local name, whatever its prefix (`r:id` and `ns1:id` both answer `"id"` when
 * asked with `prefixed`). Example: `attribute(attrs, "id", true)` reads `r:id="rId3"`.
 */
export function attribute(attributes: XmlAttributes, name: string, prefixed = false): string | undefined {
  if (!prefixed) return attributes[name];
  for (const key in attributes) {
    if (key.endsWith(`:${name}`)) return attributes[key];
  }
  return undefined;
}

/** A push parser: `write` each chunk of the part's bytes, then `end`. Malformed XML throws. */
export class XmlEventStream {
  private readonly parser = new SaxesParser({ position: false });
  private decoder: InstanceType<typeof TextDecoder> | undefined;

  constructor(handlers: XmlHandlers) {
    // Called as methods, so a class instance can be the handlers.
    if (handlers.open) {
      this.parser.on("opentag", (tag) =>
        handlers.open!(localName(tag.name), tag.attributes as XmlAttributes),
      );
    }
    if (handlers.text) {
      const text = (value: string) => handlers.text!(value);
      this.parser.on("text", text);
      this.parser.on("cdata", text);
    }
    if (handlers.close) this.parser.on("closetag", (tag) => handlers.close!(localName(tag.name)));
    // saxes says only "unexpected close tag."; errors the handlers throw pass through untouched.
    this.parser.on("error", (error) => {
      throw new Error(`it is not well-formed XML: ${error.message.replace(/\.$/, "")}`);
    });
  }

  write(chunk: Uint8Array): void {
    // OOXML parts are UTF-8 or UTF-16 with a byte order mark (ECMA-376 Part 2, 8.1.2.1).
    this.decoder ??= new TextDecoder(
      chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe ? "utf-16be" : "utf-8",
    );
    const text = this.decoder.decode(chunk, { stream: true });
    if (text !== "") this.parser.write(text);
  }

  end(): void {
    const rest = this.decoder?.decode() ?? "";
    if (rest !== "") this.parser.write(rest);
    this.parser.close();
  }
}

/** Parses a whole small part. Example: `parseXml(bytes, { open: (name) => names.push(name) })`. */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const stream = new XmlEventStream(handlers);
  stream.write(bytes);
  stream.end();
}
