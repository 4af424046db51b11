/**
 * The key a reading position is kept under: the article's address without
 * what changes between two visits of the same article, so a link from a
 * newsletter and one from a search both find the same place. The fragment
 * goes (it is a place in the page, not another page), and so do the query
 * parameters that only say where the reader came from. Other parameters
 * stay, sorted: on some sites `?id=123` is the article.
 */

// prettier-ignore
const TRACKING = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wickedid', 'rb_clickid', 's_cid', 'cmpid', 'ocid', 'ncid', 'sr_share', 'ref_src', 'ref_url', 'smid', 'smtyp',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_'];

const isTracking = (name: string): boolean => {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
};

/** The key for an article's address; null for an address that is not an http(s) page (nothing is kept for those). */
export function articleKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  // http and https, and a trailing slash, are the same article.
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : parsed.pathname;
  return `${parsed.host}${path}${query ? `?${query}` : ''}`;
}
