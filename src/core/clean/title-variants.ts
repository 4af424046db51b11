import { normalizeForCompare } from '../text/normalize-for-compare';

// Words news sites put before or after a headline when they print it again.
// prettier-ignore
const DECORATIONS = new Set(['live', 'breaking', 'update', 'updated', 'updates', 'watch', 'video', 'exclusive', 'opinion', 'analysis', 'news', 'photos', 'explainer', 'latest', 'just in', 'developing', 'review', 'podcast', 'editorial', 'comment']);
const SEPARATORS = /\s+[|\-–—:·•»/]\s+|\s*[|·•»]\s*/;

/**
 * The normalized forms a headline takes when a page prints it again: as it
 * is, without a site-name suffix or prefix ("… – World Affairs Daily"), and
 * without a "Live:" style label.
 */
export function titleVariants(title: string, siteName: string | null): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const n = normalizeForCompare(s);
    if (n.split(' ').length >= 2) out.add(n);
  };
  add(title);
  const parts = title
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length > 1) {
    // The longest part is the headline; the others are site names and sections.
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    add(longest);
    add(parts.slice(0, -1).join(' '));
    add(parts.slice(1).join(' '));
  }
  if (siteName) {
    const site = normalizeForCompare(siteName);
    for (const v of Array.from(out)) {
      if (site && v.endsWith(` ${site}`)) add(v.slice(0, -site.length - 1));
      if (site && v.startsWith(`${site} `)) add(v.slice(site.length + 1));
    }
  }
  return Array.from(out);
}

/** Whether a block's normalized text is the headline again, allowing a label or a site name around it. */
export function repeatsTitle(blockNorm: string, variants: readonly string[], siteNorm = ''): boolean {
  if (!blockNorm) return false;
  for (const v of variants) {
    if (blockNorm === v) return true;
    if (blockNorm.length > v.length && (blockNorm.startsWith(`${v} `) || blockNorm.endsWith(` ${v}`))) {
      const extra = blockNorm.startsWith(`${v} `) ? blockNorm.slice(v.length + 1) : blockNorm.slice(0, -v.length - 1);
      if (DECORATIONS.has(extra) || (siteNorm && extra === siteNorm)) return true;
    }
    if (nearlyEqual(blockNorm, v)) return true;
  }
  return false;
}

/**
 * Same words with at most one word changed, added or dropped per eight: a
 * headline re-typed with a small edit ("U.S." for "US", a dropped article).
 */
function nearlyEqual(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (Math.min(wa.length, wb.length) < 6) return false;
  if (Math.abs(wa.length - wb.length) > Math.max(1, Math.floor(wb.length / 8))) return false;
  return editDistance(wa, wb) <= Math.max(1, Math.floor(wb.length / 8));
}

function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
