// Keyboard movement between a chart's points (the "roving tab stop" of WAI-ARIA composite
// widgets): the chart is one tab stop, the arrow keys move from point to point left to right,
// Home and End go to the ends. Pure, so it is tested without a browser.

/**
 * The order the arrow keys visit points in: by x, then by y (top first), ties in the given order.
 * Example: [{ x: 5, y: 0 }, { x: 1, y: 9 }, { x: 1, y: 2 }] -> [2, 1, 0].
 */
export function pointOrder(points: readonly { readonly x: number; readonly y: number }[]): number[] {
  return points
    .map((point, index) => ({ point, index }))
    .sort((a, b) => a.point.x - b.point.x || a.point.y - b.point.y || a.index - b.index)
    .map(({ index }) => index);
}

/**
 * The position (in visiting order) a key moves to from `current` among `count` points: Right or
 * Down the next (stopping at the last), Left or Up the previous, Home the first, End the last;
 * any other key -> null (not handled).
 */
export function nextPosition(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return Math.min(count - 1, current + 1);
    case "ArrowLeft":
    case "ArrowUp":
      return Math.max(0, current - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
