/** An axis-aligned rectangle in plot pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when a and b overlap once each is grown by pad on every side. */
export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x - pad < b.x + b.width && b.x - pad < a.x + a.width && a.y - pad < b.y + b.height && b.y - pad < a.y + a.height;
}

/** True when box lies wholly within bounds. */
export function within(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x - 0.5 &&
    box.y >= bounds.y - 0.5 &&
    box.x + box.width <= bounds.x + bounds.width + 0.5 &&
    box.y + box.height <= bounds.y + bounds.height + 0.5
  );
}

/**
 * Places labels in priority order: each takes its first candidate that lies within bounds and clears
 * the obstacles and every label placed before it; a label with no such candidate is dropped (undefined).
 */
export function avoidOverlap<T extends { box: Box }>(
  requests: readonly (readonly T[])[],
  obstacles: readonly Box[],
  bounds: Box,
  pad = 2,
): (T | undefined)[] {
  const taken: Box[] = [...obstacles];
  return requests.map((candidates) => {
    const choice = candidates.find((c) => within(c.box, bounds) && !taken.some((b) => overlaps(c.box, b, pad)));
    if (choice) taken.push(choice.box);
    return choice;
  });
}
