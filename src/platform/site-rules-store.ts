/**
 * The reader's site rules ("Remove this block") in storage.local: on this
 * computer only (never synced: a fix made on one site is a reading habit,
 * not a setting to spread), never sent anywhere. Without the polyfill, so
 * that the in-page reader can use it too; where a page has hidden the
 * extension API, there are no rules and a save says it failed.
 */
import type { BlockShape } from '../core/rules/block-shape';
import { addSiteRule, parseSiteRules, removeSiteRule, SITE_RULES_KEY, type SiteRules } from '../core/rules/site-rules';
import { extensionApi } from './extension-api';

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function localArea(): LocalArea | null {
  const area = (extensionApi()?.storage as { local?: Partial<LocalArea> } | undefined)?.local;
  return area && typeof area.get === 'function' && typeof area.set === 'function' ? (area as LocalArea) : null;
}

export async function loadSiteRules(): Promise<SiteRules> {
  try {
    return parseSiteRules((await localArea()?.get(SITE_RULES_KEY))?.[SITE_RULES_KEY]);
  } catch {
    return {};
  }
}

async function change(edit: (rules: SiteRules) => SiteRules): Promise<SiteRules> {
  const area = localArea();
  if (!area) throw new Error('storage is not available here');
  const next = edit(await loadSiteRules());
  await area.set({ [SITE_RULES_KEY]: next });
  return next;
}

export function saveSiteRule(site: string, shape: BlockShape): Promise<SiteRules> {
  return change((rules) => addSiteRule(rules, site, shape, Date.now()));
}

/** Without `shape`, every rule of the site goes. */
export function deleteSiteRule(site: string, shape?: BlockShape): Promise<SiteRules> {
  return change((rules) => removeSiteRule(rules, site, shape));
}
