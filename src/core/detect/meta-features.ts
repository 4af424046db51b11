import { ARTICLE_OG_TYPES, ARTICLE_TYPES, NON_ARTICLE_OG_TYPES, PROSE_CHARS, TYPE_GROUPS } from './detect-rules';
import { readJsonLd } from './read-json-ld';

/**
 * What the page says about itself, as features: its structured data
 * (JSON-LD and microdata types, by group), Open Graph type and price, a
 * date and a byline; and, cheapest of the prose signals, how
 * many paragraphs of running text it has. Cheap enough for the script that
 * runs on every page of a chosen site. `paywalled` is not a feature: the
 * extraction stage reads it with the word count (a teaser behind a wall).
 */
export function metaFeatures(doc: Document): { features: Record<string, number>; paywalled: boolean } {
  const f: Record<string, number> = {};
  const ld = readJsonLd(doc);
  const types = [...ld.types];
  const attrs = scanAttributes(doc);
  for (const t of attrs.itemtypes) types.push(t.replace(/^.*schema\.org\//i, '').toLowerCase());
  if (types.some((t) => ARTICLE_TYPES.test(t))) f['ld.article'] = 1;
  for (const [group, re] of Object.entries(TYPE_GROUPS)) if (types.some((t) => re.test(t))) f[`ld.${group}`] = 1;
  const meta = (property: string): string | null => attrs.metas.get(property) ?? null;
  const og = meta('og:type');
  if (og && ARTICLE_OG_TYPES.test(og)) f['og.article'] = 1;
  if (og && NON_ARTICLE_OG_TYPES.test(og)) f['og.other'] = 1;
  if (og && /^website$/i.test(og)) f['og.website'] = 1;
  if (meta('product:price:amount') || meta('og:price:amount') || attrs.itemprops.has('price')) f['meta.price'] = 1;
  if (ld.dated || meta('article:published_time') || attrs.itemprops.has('datepublished')) f['meta.date'] = 1;
  if (
    ld.authored ||
    meta('author') ||
    meta('article:author') ||
    attrs.relAuthor ||
    attrs.itemprops.has('author') ||
    attrs.hints.has('byline')
  )
    f['meta.author'] = 1;
  const ps = doc.querySelectorAll('p');
  let prose = 0;
  for (let i = 0; i < ps.length; i++) if ((ps[i]?.textContent ?? '').trim().length >= PROSE_CHARS) prose++;
  f['prose.paragraphs'] = Math.min(1, Math.log1p(prose) / Math.log1p(20));
  // A paywall says so in JSON-LD, in Open Graph's content tier, or in a box named for it.
  const paywalled = ld.paywalled || /locked|metered|premium/i.test(meta('article:content_tier') ?? '') || attrs.hints.has('paywall');
  return { features: f, paywalled };
}

/**
 * The attributes the features read (and the <meta> tags), in one walk of our own: attribute
 * selectors ([itemprop=x], [class*=x]) cost a walk of the whole document
 * each in jsdom, and a page may have thousands of elements.
 */
function scanAttributes(doc: Document): {
  itemtypes: string[];
  itemprops: Set<string>;
  relAuthor: boolean;
  hints: Set<string>;
  metas: Map<string, string>;
} {
  const out = {
    itemtypes: [] as string[],
    itemprops: new Set<string>(),
    relAuthor: false,
    hints: new Set<string>(),
    metas: new Map<string, string>(),
  };
  const els = doc.querySelectorAll('*');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (!el.hasAttributes()) continue;
    // <meta> tags by property or name, the first of each: a selector per tag asked for costs a walk of its own.
    const content = el.localName === 'meta' && el.getAttribute('content')?.trim();
    if (content)
      for (const key of [el.getAttribute('property'), el.getAttribute('name')]) if (key && !out.metas.has(key)) out.metas.set(key, content);
    const type = el.getAttribute('itemtype');
    if (type && out.itemtypes.length < 200) out.itemtypes.push(...type.split(/\s+/));
    const prop = el.getAttribute('itemprop');
    if (prop) for (const p of prop.toLowerCase().split(/\s+/)) out.itemprops.add(p);
    if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '')) out.relAuthor = true;
    const hint = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (hint.length > 1) for (const m of hint.matchAll(/byline|paywall/gi)) out.hints.add(m[0].toLowerCase());
  }
  return out;
}
