/**
 * Where the reader left each article, as storage.local keeps it: one item,
 * a map from the article's key (articleKey) to the fraction of the body
 * read and when. Bounded: the newest MAX_POSITIONS articles, the oldest
 * dropped first, so it never grows into a reading history. Pure: the
 * platform layer (reading-position-store.ts) reads and writes the item.
 */

export const POSITIONS_KEY = 'readingPositions';
export const MAX_POSITIONS = 200;

/** Fraction of the body above the top of the view (0 at the headline, 1 at the end), and when it was saved (ms). */
export interface ReadingPosition {
  fraction: number;
  savedAt: number;
}
export type ReadingPositions = Record<string, ReadingPosition>;

/** Below this, the reader is at the top: nothing to come back to. */
const AT_TOP = 0.01;

/** The stored item, repaired: entries of any other shape dropped, and no more than the bound. */
export function readPositions(stored: unknown): ReadingPositions {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const entries = Object.entries(stored as Record<string, unknown>).flatMap(([key, value]) => {
    const v = value as Partial<ReadingPosition> | null;
    if (typeof key !== 'string' || key.length > 2048 || !v || typeof v !== 'object') return [];
    const { fraction, savedAt } = v;
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1)) return [];
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return [];
    return [[key, { fraction, savedAt }] as const];
  });
  return newest(entries);
}

function newest(entries: ReadonlyArray<readonly [string, ReadingPosition]>): ReadingPositions {
  const sorted = [...entries].sort((a, b) => b[1].savedAt - a[1].savedAt).slice(0, MAX_POSITIONS);
  return Object.fromEntries(sorted);
}

/**
 * The positions with this article's updated. Back at the top forgets the
 * article (reopening it starts at the headline anyway); anything else is
 * kept, and the oldest article beyond the bound is dropped.
 */
export function withPosition(positions: ReadingPositions, key: string, fraction: number, now: number): ReadingPositions {
  const rest = Object.entries(positions).filter(([k]) => k !== key);
  if (!Number.isFinite(fraction) || fraction < AT_TOP) return Object.fromEntries(rest);
  return newest([...rest, [key, { fraction: Math.min(1, fraction), savedAt: now }]]);
}

/** Where to go back to in this article, or null to start at the top. */
export function positionFor(positions: ReadingPositions, key: string): number | null {
  const p = Object.prototype.hasOwnProperty.call(positions, key) ? positions[key] : undefined;
  return p && p.fraction >= AT_TOP ? p.fraction : null;
}

/** The positions without these articles' (the history the user cleared); the same object when none of them is kept. */
export function withoutArticles(positions: ReadingPositions, keys: ReadonlyArray<string>): ReadingPositions {
  const gone = new Set(keys);
  if (!Object.keys(positions).some((k) => gone.has(k))) return positions;
  return Object.fromEntries(Object.entries(positions).filter(([k]) => !gone.has(k)));
}
