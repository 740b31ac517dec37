// How dataset variables are laid out in an SPSS system file (PSPP developers' guide, "System File
// Format": variable record, very long string record, long variable names record): each variable
// takes one or more 8-byte slots; strings over 8 bytes take one slot per 8 bytes; strings over 255
// bytes ("very long") are split into segments of 255 bytes, one segment for every 252 bytes of
// width, each segment a variable of its own with its own 8-byte short name.
import type { DatasetVariable } from "@smartspec/domain";

export interface SavSegment {
  /** Short (8-byte, upper-case) name of the segment's variable record. */
  readonly shortName: string;
  /** 0 for numeric, else the segment's string width (1-255). */
  readonly width: number;
  /** Bytes of the value this segment holds (255 for all but the last segment of a very long string). */
  readonly dataBytes: number;
  /** 8-byte slots the segment takes in a case. */
  readonly slots: number;
}

export interface SavVariableLayout {
  readonly variable: DatasetVariable;
  readonly segments: readonly SavSegment[];
  /** 1-based dictionary index of the first segment (what record 4 and the weight index refer to). */
  readonly dictionaryIndex: number;
}

export interface SavLayout {
  readonly variables: readonly SavVariableLayout[];
  /** Slots per case (the header's nominal case size). */
  readonly caseSlots: number;
}

const slotsFor = (width: number) => Math.max(1, Math.ceil(width / 8));

function segmentWidths(width: number): number[] {
  if (width <= 255) return [width];
  const count = Math.ceil(width / 252);
  return Array.from({ length: count }, (_, i) => (i < count - 1 ? 255 : width - (count - 1) * 252));
}

class ShortNames {
  private readonly taken = new Set<string>();
  allocate(longName: string): string {
    const base = longName.toUpperCase().slice(0, 8);
    let name = base;
    for (let n = 1; this.taken.has(name); n++) {
      const suffix = String(n);
      name = `${base.slice(0, 8 - suffix.length)}${suffix}`;
    }
    this.taken.add(name);
    return name;
  }
}

/** The layout of `variables` (their names must already be unique ignoring case). */
export function savLayout(variables: readonly DatasetVariable[]): SavLayout {
  const shortNames = new ShortNames();
  let slot = 0;
  const layouts = variables.map((variable) => {
    const widths = variable.type === "numeric" ? [0] : segmentWidths(variable.width);
    const segments = widths.map((width, i) => ({
      shortName: shortNames.allocate(i === 0 ? variable.name : `${variable.name.slice(0, 5)}${i}`),
      width,
      dataBytes: width === 0 ? 8 : i < widths.length - 1 ? 255 : width,
      slots: width === 0 ? 1 : slotsFor(width),
    }));
    const layout = { variable, segments, dictionaryIndex: slot + 1 };
    slot += segments.reduce((sum, s) => sum + s.slots, 0);
    return layout;
  });
  return { variables: layouts, caseSlots: slot };
}
