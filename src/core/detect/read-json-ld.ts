import { JSON_LD_LIMITS } from './detect-rules';

export interface JsonLdSummary {
  /** Lower-case @type of each top-level entity (roots, @graph members, a WebPage's mainEntity). */
  types: string[];
  /** Whether an entity says isAccessibleForFree: false, i.e. the full text sits behind a paywall. */
  paywalled: boolean;
  /** Whether an entity names its publication date or its author: one story's metadata. */
  dated: boolean;
  authored: boolean;
}

/**
 * The page's JSON-LD, read defensively: it is the page's own, untrusted
 * text. Bounded in scripts, characters, depth and entities; malformed
 * blocks are skipped; never throws.
 */
export function readJsonLd(doc: Document): JsonLdSummary {
  const out: JsonLdSummary = { types: [], paywalled: false, dated: false, authored: false };
  const budget = { nodes: JSON_LD_LIMITS.maxNodes };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < JSON_LD_LIMITS.maxScripts; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > JSON_LD_LIMITS.maxChars) continue;
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    visitTop(data, out, budget, 0);
  }
  return out;
}

function visitTop(value: unknown, out: JsonLdSummary, budget: { nodes: number }, depth: number): void {
  if (depth > JSON_LD_LIMITS.maxDepth || budget.nodes <= 0) return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, JSON_LD_LIMITS.maxNodes)) visitTop(v, out, budget, depth + 1);
    return;
  }
  if (!value || typeof value !== 'object') return;
  budget.nodes--;
  const node = value as Record<string, unknown>;
  const types = typesOf(node['@type']);
  out.types.push(...types);
  if (node['isAccessibleForFree'] === false || node['isAccessibleForFree'] === 'False' || node['isAccessibleForFree'] === 'false')
    out.paywalled = true;
  if (typeof node['datePublished'] === 'string') out.dated = true;
  if ((node['author'] && typeof node['author'] === 'object') || typeof node['author'] === 'string') out.authored = true;
  if ('@graph' in node) visitTop(node['@graph'], out, budget, depth + 1);
  // A WebPage that names its main entity: that entity is what the page is.
  const main = node['mainEntity'];
  if (main && typeof main === 'object' && types.some((t) => t.endsWith('page'))) visitTop(main, out, budget, depth + 1);
}

function typesOf(t: unknown): string[] {
  const list = Array.isArray(t) ? t.slice(0, 8) : [t];
  return list
    .filter((x): x is string => typeof x === 'string' && x.length < 100)
    .map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase());
}
