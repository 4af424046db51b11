import { DEFAULTS } from './defaults';

type Stored = Record<string, unknown>;

/**
 * One step per schema version: MIGRATIONS[n] turns what version n stored
 * into what version n + 1 stores. Steps only rename and convert; they never
 * validate, because repairSettings runs after them and fixes any value a
 * step could not make sense of without losing the others.
 *
 * Append a step (and bump DEFAULTS.version) whenever a stored field changes
 * its name or meaning; a new field with a default needs no step.
 */
export const MIGRATIONS: ReadonlyArray<(old: Stored) => Stored> = [
  // v0 → v1. Before versions were stored the reader kept its look under other
  // names: `darkMode` (boolean) instead of a theme, `fontFamily` with CSS
  // generic names, `textSize` as a CSS length string, `wideText` instead of a
  // line width, and the auto-reader hosts as one comma-separated string.
  ({ darkMode, fontFamily, textSize, wideText, autoSites, ...rest }) => ({
    ...rest,
    ...(typeof darkMode === 'boolean' && rest.theme === undefined ? { theme: darkMode ? 'dark' : 'light' } : {}),
    ...(fontFamily !== undefined && rest.font === undefined
      ? { font: fontFamily === 'sans-serif' ? 'sans' : fontFamily === 'serif' ? 'serif' : fontFamily }
      : {}),
    ...(typeof textSize === 'string' && rest.fontSize === undefined ? { fontSize: Number.parseFloat(textSize) } : {}),
    ...(typeof wideText === 'boolean' && rest.lineWidth === undefined ? { lineWidth: wideText ? 44 : DEFAULTS.lineWidth } : {}),
    autoSites: typeof autoSites === 'string' ? autoSites.split(',') : autoSites,
    version: 1,
  }),
  // v1 → v2 added letter and word spacing, justification, the high-contrast
  // and custom themes and the custom colours. Nothing stored changes name or
  // meaning, so the step keeps everything; the version tells a v1 copy
  // (another browser not yet updated) from one that has the new fields.
  (old) => ({ ...old, version: 2 }),
];

/**
 * Brings stored settings of any earlier version up to the current one, step
 * by step. Data without a version is version 0. Data from a newer version
 * (the extension was downgraded, or another browser synced a newer copy) is
 * left as it is: repairSettings keeps every field it still understands.
 */
export function migrateSettings(stored: unknown): unknown {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return stored;
  let data = { ...(stored as Stored) };
  const raw = data.version;
  let version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
  while (version < DEFAULTS.version) {
    const step = MIGRATIONS[version];
    if (!step) break;
    data = { ...step(data), version: version + 1 };
    version += 1;
  }
  return data;
}
