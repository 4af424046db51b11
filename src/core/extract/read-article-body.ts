import { normalizeForCompare } from '../text/normalize-for-compare';

// The page's own, untrusted text: bounded in scripts, characters, depth and entities.
const MAX_SCRIPTS = 20;
const MAX_CHARS = 2_000_000;
const MAX_DEPTH = 8;
const MAX_NODES = 2_000;
// Shorter than this is a summary or a teaser, not the story's text.
const MIN_CHARS = 200;

/**
 * The story's text as the page states it in its structured data: the longest
 * articleBody of its JSON-LD (a NewsArticle's, a BlogPosting's…) or of an
 * element marked itemprop="articleBody", normalized (normalizeForCompare),
 * or null when the page states none. Plain text only: it is used to
 * recognize the story's blocks on the page (extend-to-siblings.ts), never
 * shown. Malformed JSON is skipped; never throws.
 */
export function readArticleBody(doc: Document): string | null {
  let best = '';
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const budget = { nodes: MAX_NODES };
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > MAX_CHARS || !text.includes('articleBody')) continue;
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    const found = findBody(data, budget, 0);
    if (found.length > best.length) best = found;
  }
  if (best.length < MIN_CHARS) {
    const el = doc.querySelector('[itemprop~="articleBody" i]');
    const text = el?.textContent ?? '';
    if (text.length > best.length && text.length <= MAX_CHARS) best = text;
  }
  if (best.length < MIN_CHARS) return null;
  // JSON-LD bodies are sometimes HTML source: its tags are not story words.
  return normalizeForCompare(best.replace(/<[^>]{0,200}>/g, ' '));
}

function findBody(value: unknown, budget: { nodes: number }, depth: number): string {
  if (depth > MAX_DEPTH || budget.nodes-- <= 0 || !value || typeof value !== 'object') return '';
  let best = '';
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const found = key === 'articleBody' && typeof v === 'string' ? v : findBody(v, budget, depth + 1);
    if (found.length > best.length) best = found;
  }
  return best;
}
