import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** One page of the automatic reader's development set; its HTML is read only when asked for (one page in memory at a time). */
export interface AutoPage {
  id: string;
  /** Where it comes from: pages-dev, scrapinghub, l3s-gn1, cleanportaleval or nonarticle (test/pages). */
  set: string;
  /** The site, for grouping: pages of one site are never on both sides of a cross-validation split. */
  site: string;
  kind: string;
  /** Language as labelled, else the page's own lang attribute (read by the worker), else "und". */
  lang: string | null;
  /** The page's address; null where the source kept none (the decision then sees a neutral one). */
  url: string | null;
  isArticle: boolean;
  borderline: boolean;
  html(): string;
}

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SHARED = process.env.ARTICLE_CLEANER_SHARED ?? resolve(ROOT, '../shared');

/** The registrable part of a host, roughly: bbc.co.uk, nytimes.com (www. and other subdomains dropped). */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
  const parts = host.split('.');
  const n =
    parts.length >= 3 &&
    /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(parts[parts.length - 2] ?? '') &&
    (parts[parts.length - 1] ?? '').length === 2
      ? 3
      : 2;
  return parts.slice(-n).join('.');
}

function pagesDev(): AutoPage[] {
  const dir = join(SHARED, 'pages-dev');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Array<{
    slug: string;
    label: string;
    kind: string;
    lang: string;
    url: string | null;
    borderline: boolean;
  }>;
  return labels.map((l) => ({
    id: `pages-dev/${l.slug}`,
    set: 'pages-dev',
    site: l.url ? siteOf(l.url) : l.slug.replace(/-[a-z0-9]+(?:-[a-z]+)*-\d+$/, '').replace(new RegExp(`-${l.kind}$`), ''),
    kind: l.kind,
    lang: l.lang,
    url: l.url,
    isArticle: l.label === 'article',
    borderline: l.borderline,
    html: () => gunzipSync(readFileSync(join(dir, 'html', `${l.slug}.html.gz`))).toString('utf8'),
  }));
}

function corpus(name: string): AutoPage[] {
  const dir = join(SHARED, 'corpus', name);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id: `${name}/${id.slice(0, 16)}`,
      set: name,
      site: siteOf(truth[id]!.url),
      kind: 'article',
      lang: name === 'scrapinghub' ? null : 'en',
      url: truth[id]!.url,
      isArticle: true,
      borderline: false,
      html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

function nonArticles(): AutoPage[] {
  const dir = join(ROOT, 'test/pages');
  return readdirSync(dir)
    .filter((d) => d.startsWith('nonarticle--') && existsSync(join(dir, d, 'expected.json')))
    .sort()
    .map((d) => {
      const expected = JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')) as { kind: string; url: string; lang?: string };
      return {
        id: `test/pages/${d}`,
        set: 'nonarticle',
        site: siteOf(expected.url),
        kind: expected.kind,
        lang: expected.lang ?? null,
        url: expected.url,
        isArticle: false,
        borderline: false,
        html: () => readFileSync(join(dir, d, 'source.html'), 'utf8'),
      };
    });
}

/** The whole development set, in a fixed order. */
export function loadAutoPages(): AutoPage[] {
  return [...pagesDev(), ...corpus('scrapinghub'), ...corpus('l3s-gn1'), ...corpus('cleanportaleval'), ...nonArticles()];
}
