/**
 * The reader's own fixes, per site: each a block shape removed by "Remove
 * this block" (block-shape.ts), kept in storage.local only (never synced,
 * never sent), bounded so that the store cannot grow without end.
 */
import { parseShape, shapeKey, type BlockShape } from './block-shape';

export interface SiteRule {
  shape: BlockShape;
  /** When the rule was made (ms since 1970): the oldest go first when a bound is reached. */
  added: number;
}

/** Rules by hostname ("www.example.com"). */
export type SiteRules = Record<string, SiteRule[]>;

export const SITE_RULES_KEY = 'siteRules';
export const MAX_RULES_PER_SITE = 30;
export const MAX_SITES = 200;

/**
 * The site a page belongs to for its rules: its hostname, lower case, for
 * http(s) and file pages; null for anything else (an extension page, data:).
 */
export function ruleSiteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return 'file';
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The stored value, read defensively: anything malformed is dropped, the bounds are applied. */
export function parseSiteRules(value: unknown): SiteRules {
  const out: SiteRules = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [site, list] of Object.entries(value as Record<string, unknown>)) {
    if (!/^[a-z0-9.-]{1,253}$/.test(site) || !Array.isArray(list)) continue;
    const rules: SiteRule[] = [];
    const seen = new Set<string>();
    for (const item of list as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const shape = parseShape((item as { shape?: unknown }).shape);
      const added = (item as { added?: unknown }).added;
      if (!shape || typeof added !== 'number' || !Number.isFinite(added)) continue;
      const key = shapeKey(shape);
      if (seen.has(key)) continue;
      seen.add(key);
      rules.push({ shape, added });
    }
    if (rules.length) out[site] = rules.slice(-MAX_RULES_PER_SITE);
  }
  return bound(out);
}

/** The rules with one more for `site`; an equal shape already there is not added twice. */
export function addSiteRule(rules: SiteRules, site: string, shape: BlockShape, now: number): SiteRules {
  const list = rules[site] ?? [];
  const key = shapeKey(shape);
  if (list.some((r) => shapeKey(r.shape) === key)) return rules;
  return bound({ ...rules, [site]: [...list, { shape, added: now }].slice(-MAX_RULES_PER_SITE) });
}

/** The rules without the one of `site` with this shape (or without the whole site when `shape` is omitted). */
export function removeSiteRule(rules: SiteRules, site: string, shape?: BlockShape): SiteRules {
  const { [site]: list, ...rest } = rules;
  if (!list || !shape) return rest;
  const key = shapeKey(shape);
  const kept = list.filter((r) => shapeKey(r.shape) !== key);
  return kept.length ? { ...rest, [site]: kept } : rest;
}

/** The shapes to apply on a page of `url`. */
export function shapesFor(rules: SiteRules, url: string): BlockShape[] {
  const site = ruleSiteOf(url);
  return site ? (rules[site] ?? []).map((r) => r.shape) : [];
}

/** At most MAX_SITES sites: those whose newest rule is oldest go first. */
function bound(rules: SiteRules): SiteRules {
  const sites = Object.keys(rules);
  if (sites.length <= MAX_SITES) return rules;
  const newest = (s: string) => Math.max(...(rules[s] ?? []).map((r) => r.added));
  const keep = sites.sort((a, b) => newest(b) - newest(a)).slice(0, MAX_SITES);
  return Object.fromEntries(keep.map((s) => [s, rules[s] ?? []]));
}
