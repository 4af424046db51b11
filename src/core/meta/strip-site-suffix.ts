import { hostLabel } from '../url/host-label';

// " - ", " | ", " – ", " — ", " · ", " :: ": how titles tack the site's name on.
const SEPARATOR = /\s+(?:[-–—|·•]|::)\s+/gu;

/**
 * The headline without the site's name tacked onto its end ("Bridge reopens
 * - Harbor Ledger", "… | ledger.example"): only when that last part is the
 * site's name or its host, so a headline with a dash of its own keeps it.
 */
export function stripSiteSuffix(title: string, siteName: string | null | undefined, url: string | null | undefined): string {
  const names = siteNames(siteName, url);
  if (!names.size) return title;
  const matches = Array.from(title.matchAll(SEPARATOR));
  const last = matches[matches.length - 1];
  if (last?.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length);
  return names.has(key(tail)) && /\p{L}.*\s.*\p{L}|\p{L}{4,}/u.test(head) ? head : title;
}

function siteNames(siteName: string | null | undefined, url: string | null | undefined): Set<string> {
  const out = new Set<string>();
  if (siteName?.trim()) out.add(key(siteName));
  const host = hostLabel(url);
  if (host) {
    out.add(key(host));
    // "harbor-ledger.example" is also written "Harbor Ledger"; "news.bbc.co.uk" "BBC".
    const parts = host.split('.').slice(0, -1);
    if (parts.length >= 2 && (parts[parts.length - 1] ?? '').length <= 3) parts.pop();
    const label = parts[parts.length - 1];
    if (label) out.add(key(label));
  }
  out.delete('');
  return out;
}

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[\s'’".\-_]+/g, '');
}
