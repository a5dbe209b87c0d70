/**
 * What changed in data/ between two versions of its files (`npm run data:check` compares the working tree with the
 * last commit): each figure added, changed or removed, named by what it is rather than by its place in an array —
 * a 2025 point added before the 2026 target changes no other point.
 */

/** One figure's change: `before` absent when added, `after` absent when removed. */
export interface FigureChange {
  file: string;
  /** what the figure is: its dataset, then the ids, years or periods of the objects that hold it, then its field */
  what: string[];
  before?: number | string;
  after?: number | string;
}

/** Fields that say which object this is, not figures of it. */
const IDENTITY = ['id', 'year', 'from', 'to', 'code', 'kind'];
/** Text fields whose change is a change of the figure's meaning (a bound, a status, a unit, a scope). */
const MEANING = ['bound', 'status', 'unit', 'scope'];

/** A readable name for an item of a list: its id, its period, its year and kind, else its place. */
function itemName(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const o = item as Record<string, unknown>;
    if (typeof o.id === 'string') return o.id;
    if (typeof o.from === 'number' && typeof o.to === 'number') return `${o.from}–${o.to}`;
    // A year may hold a target and, later, the actual: the kind is part of the name, as in tokens (2025@target).
    if (typeof o.year === 'number') return typeof o.kind === 'string' ? `${o.year}@${o.kind}` : String(o.year);
    if (typeof o.code === 'string') return o.code;
  }
  return `#${index + 1}`;
}

/** Every figure of a file by the name of what it is. */
function figuresOf(json: unknown): Map<string, { what: string[]; value: number | string }> {
  const out = new Map<string, { what: string[]; value: number | string }>();
  const walk = (v: unknown, what: string[]): void => {
    if (Array.isArray(v)) return v.forEach((item, i) => walk(item, [...what, itemName(item, i)]));
    if (typeof v !== 'object' || v === null) return;
    for (const [key, child] of Object.entries(v)) {
      if (key === 'quote' || key === '$schema' || IDENTITY.includes(key)) continue;
      if (typeof child === 'number' || (typeof child === 'string' && MEANING.includes(key))) {
        const name = [...what, key];
        out.set(name.join('\u0000'), { what: name, value: child });
      } else walk(child, [...what, key]);
    }
  };
  walk(json, []);
  return out;
}

/** The figures added, changed and removed from `before` to `after` (files by name, parsed JSON), in file order. */
export function figureChanges(before: Record<string, unknown>, after: Record<string, unknown>): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const file of [...new Set([...Object.keys(after), ...Object.keys(before)])].sort()) {
    const old = figuresOf(before[file]);
    const now = figuresOf(after[file]);
    for (const [key, { what, value }] of now) {
      const was = old.get(key);
      if (!was) changes.push({ file, what, after: value });
      else if (was.value !== value) changes.push({ file, what, before: was.value, after: value });
    }
    for (const [key, { what, value }] of old) if (!now.has(key)) changes.push({ file, what, before: value });
  }
  return changes;
}

/** A change as one line of a changelog: `changed data/gdp.json › gdp › 2021 › value: 587 → 590`. */
export function changeLine(change: FigureChange): string {
  const name = `${change.file} › ${change.what.join(' › ')}`;
  if (change.before === undefined) return `added ${name}: ${change.after}`;
  if (change.after === undefined) return `removed ${name}: ${change.before}`;
  return `changed ${name}: ${change.before} → ${change.after}`;
}
