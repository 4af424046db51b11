import { DEFAULTS, LIMITS, VOICE_LIMITS, type Settings } from './defaults';
import { fitSiteLists } from './stored-layout';
import { HEX_COLOR } from './contrast-ratio';
import { parseUrl } from '../url/web-address';

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'sepia', 'dark', 'contrast', 'custom'];
const ALIGNS: readonly Settings['textAlign'][] = ['start', 'justify'];
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
    letterSpacing: inRange(s.letterSpacing, LIMITS.letterSpacing, DEFAULTS.letterSpacing),
    wordSpacing: inRange(s.wordSpacing, LIMITS.wordSpacing, DEFAULTS.wordSpacing),
    textAlign: oneOf(s.textAlign, ALIGNS, DEFAULTS.textAlign),
    customText: hexColor(s.customText, DEFAULTS.customText),
    customBackground: hexColor(s.customBackground, DEFAULTS.customBackground),
    customLink: hexColor(s.customLink, DEFAULTS.customLink),
    hideImages: typeof s.hideImages === 'boolean' ? s.hideImages : DEFAULTS.hideImages,
    speechRate: inRange(s.speechRate, LIMITS.speechRate, DEFAULTS.speechRate),
    speechVoices: voiceMap(s.speechVoices),
    autoSites: sites.autoSites,
    autoAllSites: typeof s.autoAllSites === 'boolean' ? s.autoAllSites : DEFAULTS.autoAllSites,
    autoExcludedSites: sites.autoExcludedSites,
    forgetPositionsWithHistory:
      typeof s.forgetPositionsWithHistory === 'boolean' ? s.forgetPositionsWithHistory : DEFAULTS.forgetPositionsWithHistory,
  };
}

function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A colour goes into a style property: `#rrggbb` or the default, so no stored text can become CSS. */
function hexColor(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value.toLowerCase() : fallback;
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

/**
 * The remembered voices, kept where the key is a base language tag and the value a plausible
 * voiceURI; the rest is dropped. A voice that is no longer installed is kept here (it may come
 * back, or another synced browser has it) and passed over when reading (speech-voice.ts).
 */
function voiceMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  let count = 0;
  for (const [key, uri] of Object.entries(value as Record<string, unknown>).slice(0, 1000)) {
    const lang = key.trim().toLowerCase();
    if (!/^[a-z]{2,3}$/.test(lang) || typeof uri !== 'string' || !uri.trim() || uri.length > VOICE_LIMITS.uriLength) continue;
    if (count >= VOICE_LIMITS.languages) break;
    if (!(lang in out)) count += 1;
    out[lang] = uri;
  }
  return out;
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
