// Locates the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF). Only run after TextDecoder has already rejected the bytes, to say where.

/** Index of the first byte of the first invalid sequence, or -1 when `bytes` is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    if (b === 0xe0) min = 0xa0;
    else if (b === 0xed) max = 0x9f;
    else if (b === 0xf0) min = 0x90;
    else if (b === 0xf4) max = 0x8f;
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
