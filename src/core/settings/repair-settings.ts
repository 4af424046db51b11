import { DEFAULTS, LIMITS, type Settings } from './defaults';
import { fitSiteLists } from './stored-layout';
import { parseUrl } from '../url/web-address';

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'sepia', 'dark'];
const FONTS: readonly Settings['font'][] = ['serif', 'sans', 'dyslexic'];

/**
 * Stored settings as they came back from storage (any shape: old versions,
 * hand edits, corruption), repaired field by field: a missing or malformed
 * value becomes its default and the rest is kept.
 */
export function repairSettings(stored: unknown): Settings {
  const s = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  // Only as many sites as storage.sync can hold: a list that can never be stored would be lost on the next write.
  const sites = fitSiteLists(hostList(s.autoSites), hostList(s.autoExcludedSites));
  return {
    version: DEFAULTS.version,
    theme: oneOf(s.theme, THEMES, DEFAULTS.theme),
    font: oneOf(s.font, FONTS, DEFAULTS.font),
    fontSize: inRange(s.fontSize, LIMITS.fontSize, DEFAULTS.fontSize),
    lineWidth: inRange(s.lineWidth, LIMITS.lineWidth, DEFAULTS.lineWidth),
    lineHeight: inRange(s.lineHeight, LIMITS.lineHeight, DEFAULTS.lineHeight),
    hideImages: typeof s.hideImages === 'boolean' ? s.hideImages : DEFAULTS.hideImages,
    speechRate: inRange(s.speechRate, LIMITS.speechRate, DEFAULTS.speechRate),
    autoSites: sites.autoSites,
    autoAllSites: typeof s.autoAllSites === 'boolean' ? s.autoAllSites : DEFAULTS.autoAllSites,
    autoExcludedSites: sites.autoExcludedSites,
  };
}

function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function inRange(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max ? value : fallback;
}

/** A host name as the user would type it, lower case, without scheme, port or path; null if it is not one. */
export function normalizeHost(value: string): string | null {
  let host = value.trim().toLowerCase();
  if (!host) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    const parsed = parseUrl(host);
    if (!parsed) return null;
    host = parsed.hostname;
  }
  host = host
    .replace(/^\*\./, '')
    .replace(/[/:].*$/, '')
    .replace(/\.$/, '');
  if (host.length > 253) return null; // longer is not a DNS name
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(host) ? host : null;
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  // Bounded work on corrupted data; fitSiteLists cuts to what can be stored.
  for (const v of value.slice(0, 5000)) {
    const host = typeof v === 'string' ? normalizeHost(v) : null;
    if (host) out.add(host);
  }
  return [...out];
}
