// Remembers which (region, activity, time) cells were seen, to find duplicates in 10^7 rows
// without holding the rows. Codes are interned to small ids first, so a cell is three integers.
//
// Two representations, chosen by size:
// - a bit grid over (time, region, activity) with power-of-two capacities, re-laid out when a
//   dimension outgrows its capacity: one bit per possible cell, so a 2,000 x 5,000 grid is 2 MiB
//   whatever the number of rows;
// - when the grid would pass 16 MiB and 32 bytes per cell held (codes that rarely repeat), or
//   `gridLimitBits`, an open-addressing hash set of the three ids in Int32Arrays, at most half
//   full: 24 bytes per cell at worst.

const emptySlot = -1;
/** Grids up to this size (16 MiB) are always fine... */
const smallGridBits = 2 ** 27;
/** ...and larger ones while they spend at most 32 bytes per cell held, as the hash set may. */
const bitsPerCell = 256;

/** A set of cells given by three non-negative integer ids. */
export class CellKeySet {
  private regionBits = 4;
  private activityBits = 4;
  private timeBits = 0;
  private grid: Int32Array | undefined = new Int32Array(1 << (4 + 4 - 5));
  private hashRegion = new Int32Array(0);
  private hashActivity = new Int32Array(0);
  private hashTime = new Int32Array(0);
  private hashMask = 0;
  /** Distinct cells added. */
  size = 0;

  private readonly gridLimitBits: number;

  /** `gridLimitBits`: the largest grid kept (default and most 2^30 bits, 128 MiB). */
  constructor(gridLimitBits = 2 ** 30) {
    this.gridLimitBits = Math.min(gridLimitBits, 2 ** 30);
  }

  /** The representation in use (for tests and the bench report). */
  get mode(): "grid" | "hash" {
    return this.grid === undefined ? "hash" : "grid";
  }

  /** Bytes held by the set. */
  get bytes(): number {
    return this.grid === undefined ? this.hashRegion.length * 12 : this.grid.length * 4;
  }

  /** Adds the cell; false when it was there already (a duplicate). */
  add(region: number, activity: number, time: number): boolean {
    if (this.grid !== undefined) {
      if (
        region >>> this.regionBits !== 0 ||
        activity >>> this.activityBits !== 0 ||
        time >>> this.timeBits !== 0
      ) {
        this.regrid(region, activity, time);
        return this.add(region, activity, time);
      }
      // Below 2^30 bits (gridLimitBits), so 32-bit integer arithmetic is exact.
      const bit = (((time << this.regionBits) | region) << this.activityBits) | activity;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      const grid = this.grid;
      if ((grid[word]! & mask) !== 0) return false;
      grid[word]! |= mask;
      this.size++;
      return true;
    }
    return this.hashAdd(region, activity, time);
  }

  private regrid(region: number, activity: number, time: number): void {
    const need = (id: number, bits: number) => {
      let b = bits;
      while (id >>> b !== 0) b++;
      return b;
    };
    const regionBits = need(region, this.regionBits);
    const activityBits = need(activity, this.activityBits);
    const timeBits = need(time, this.timeBits);
    const total = regionBits + activityBits + timeBits;
    const old = this.grid!;
    const added = this.size;
    const oldRegion = this.regionBits;
    const oldActivity = this.activityBits;
    this.regionBits = regionBits;
    this.activityBits = activityBits;
    this.timeBits = timeBits;
    // A grid far larger than the cells it holds (codes that rarely repeat) costs more than the hash set.
    const roomy = Math.max(Math.min(smallGridBits, this.gridLimitBits), bitsPerCell * this.size);
    if (2 ** total > Math.min(roomy, this.gridLimitBits)) {
      this.grid = undefined;
      this.growHash(Math.max(this.size * 4, 1024));
    } else this.grid = new Int32Array(Math.max(1, 2 ** (total - 5)));
    // Re-add every cell of the old grid in the new representation.
    this.size = 0;
    for (let word = 0; word < old.length; word++) {
      let bits = old[word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        const bit = word * 32 + 31 - Math.clz32(low);
        bits ^= low;
        const rest = bit >>> oldActivity;
        this.add(rest & ((1 << oldRegion) - 1), bit & ((1 << oldActivity) - 1), rest >>> oldRegion);
      }
    }
    if (this.size !== added) throw new Error("CellKeySet lost cells while growing");
  }

  private hashAdd(region: number, activity: number, time: number): boolean {
    if ((this.size + 1) * 2 > this.hashMask + 1) this.growHash((this.hashMask + 1) * 2);
    const mask = this.hashMask;
    let slot = mix(region, activity, time) & mask;
    for (;;) {
      const r = this.hashRegion[slot]!;
      if (r === emptySlot) break;
      if (r === region && this.hashActivity[slot] === activity && this.hashTime[slot] === time) return false;
      slot = (slot + 1) & mask;
    }
    this.hashRegion[slot] = region;
    this.hashActivity[slot] = activity;
    this.hashTime[slot] = time;
    this.size++;
    return true;
  }

  private growHash(minimum: number): void {
    let slots = 1024;
    while (slots < minimum) slots *= 2;
    const [regions, activities, times] = [this.hashRegion, this.hashActivity, this.hashTime];
    this.hashRegion = new Int32Array(slots).fill(emptySlot);
    this.hashActivity = new Int32Array(slots);
    this.hashTime = new Int32Array(slots);
    this.hashMask = slots - 1;
    this.size = 0;
    for (let i = 0; i < regions.length; i++) {
      if (regions[i] !== emptySlot) this.hashAdd(regions[i]!, activities[i]!, times[i]!);
    }
  }
}

/** A 32-bit hash of three ids (multiply-xorshift, the murmur3 finaliser). */
function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h;
}
