/**
 * Generators for the fuzz tests and bench:fuzz: random HTML-ish trees, real
 * pages with nodes deleted, duplicated or shuffled, truncated bytes, and
 * bytes decoded with the wrong encoding. Each yields a FuzzPage: the HTML and
 * a short label of how it was made (printed for the slowest case).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SHARED } from '../shared-path';

export interface FuzzPage {
  kind: string;
  html: string;
}

// ---- random trees ----

// prettier-ignore
const TAGS = ['div', 'p', 'span', 'a', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody',
  'section', 'article', 'main', 'aside', 'nav', 'header', 'footer', 'figure', 'figcaption', 'img', 'br', 'hr', 'pre', 'code', 'blockquote',
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'form', 'input', 'button', 'select', 'option', 'textarea', 'title',
  'body', 'html', 'head', 'frameset', 'frame', 'picture', 'source', 'video', 'time', 'dl', 'dt', 'dd', 'details', 'summary', 'dialog', 'xmp', 'plaintext'];
// prettier-ignore
const CLASSES = ['content', 'article', 'story', 'entry-content', 'post', 'comment', 'comments', 'share', 'sharing', 'related', 'sidebar', 'footer',
  'ad', 'promo', 'newsletter', 'byline', 'author', 'meta', 'caption', 'hidden', 'nav', 'menu', 'breadcrumb', 'popup', 'modal', 'paywall'];
// prettier-ignore
const ATTRS = ['class', 'id', 'href', 'src', 'data-src', 'srcset', 'style', 'hidden', 'aria-hidden', 'role', 'lang', 'dir', 'itemprop', 'datetime', 'title', 'alt', 'onclick'];
// prettier-ignore
const WORDS = ['the', 'minister', 'said', 'on', 'Tuesday', '2024', '45%', '$3.2 billion', 'Dr.', 'Jane', 'Smith', 'chief', 'executive', 'of', 'Acme',
  'Share', 'this:', 'Leave a Reply', 'Advertisement', 'Read more', '&amp;', '&nbsp;', '&#x1F600;', '&bogus;', '<', '>', '"', "'", '\u202e', '\u0000',
  'مرحبا', '日本語の文章', 'Привет', '\ud800', 'e\u0301', '—', '…', '\t', '\n', '  '];

const word = fc.constantFrom(...WORDS);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);
const attrValue = fc.oneof(
  fc.constantFrom(...CLASSES),
  fc.constantFrom('/a/b.html', 'javascript:void(0)', 'data:image/png;base64,AAAA', 'x.jpg 2x, y.jpg 1x', '', '"', 'display:none'),
  fc.string({ maxLength: 12 }),
);
const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), attrValue, fc.constantFrom('"', "'", ''))
  .map(([n, v, q]) => (q ? ` ${n}=${q}${v.split(q).join('')}${q}` : ` ${n}=${v.replace(/[\s>]/g, '')}`));

export const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element'), tie('element')),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(tie('node'), { maxLength: 6 }),
      fc.integer({ min: 0, max: 9 }),
    )
    .map(([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close === 0 ? '' : `</${tag}>`}`),
})).element;

export const randomPage: fc.Arbitrary<FuzzPage> = fc
  .tuple(fc.boolean(), fc.array(htmlTree, { minLength: 1, maxLength: 8 }))
  .map(([doctype, parts]) => ({ kind: 'random-tree', html: `${doctype ? '<!doctype html>' : ''}${parts.join('\n')}` }));

// ---- real pages, mutated ----

/** The seed page and the smallest few corpus pages (small keeps each case fast). */
export function realPages(count = 3): Array<{ name: string; html: string }> {
  const pages = [{ name: 'seed', html: readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8') }];
  const dir = `${SHARED}/corpus/scrapinghub/html`;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort((a, b) => statSync(`${dir}/${a}`).size - statSync(`${dir}/${b}`).size);
  for (const f of files.slice(0, count))
    pages.push({ name: f.slice(0, 8), html: gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8') });
  return pages;
}

/** Splits HTML before each tag, so a range of tokens is roughly a run of nodes. */
function tokens(html: string): string[] {
  return html.split(/(?=<)/);
}

type Mutation = { op: 'delete' | 'duplicate' | 'shuffle' | 'reverse'; at: number; len: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'shuffle', 'reverse'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 1, max: 60 }),
});

function mutate(html: string, mutations: Mutation[], seed: number): string {
  let t = tokens(html);
  let x = seed | 1;
  const rand = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  for (const m of mutations) {
    const at = Math.floor(m.at * t.length);
    const run = t.slice(at, at + m.len);
    if (m.op === 'delete') t = [...t.slice(0, at), ...t.slice(at + m.len)];
    else if (m.op === 'duplicate') t = [...t.slice(0, at), ...run, ...run, ...t.slice(at + m.len)];
    else if (m.op === 'reverse') t = [...t.slice(0, at), ...run.reverse(), ...t.slice(at + m.len)];
    else {
      for (let i = run.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [run[i], run[j]] = [run[j]!, run[i]!];
      }
      t = [...t.slice(0, at), ...run, ...t.slice(at + m.len)];
    }
  }
  return t.join('');
}

const ENCODINGS = ['latin1', 'utf16le', 'ascii', 'base64', 'hex'] as const;

/** Real pages with tag runs deleted, duplicated, shuffled or reversed; cut short; or decoded wrongly. */
export function mutatedRealPage(pages: Array<{ name: string; html: string }>): fc.Arbitrary<FuzzPage> {
  const page = fc.constantFrom(...pages);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(page, fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.integer())
        .map(([p, ms, seed]) => ({ kind: `mutated:${p.name}`, html: mutate(p.html, ms, seed) })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(page, fc.double({ min: 0, max: 1, noNaN: true })).map(([p, at]) => {
        const bytes = Buffer.from(p.html, 'utf8');
        return { kind: `truncated:${p.name}`, html: bytes.subarray(0, Math.floor(at * bytes.length)).toString('utf8') };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(page, fc.constantFrom(...ENCODINGS))
        .map(([p, enc]) => ({ kind: `as-${enc}:${p.name}`, html: Buffer.from(p.html, 'utf8').toString(enc) })),
    },
  );
}

export const garbagePage: fc.Arbitrary<FuzzPage> = fc
  .uint8Array({ minLength: 200, maxLength: 4_000 })
  .map((bytes) => ({ kind: 'garbage', html: Buffer.from(bytes).toString('latin1') }));

/** The mix both the test and the bench draw from. */
export function anyPage(pages = realPages()): fc.Arbitrary<FuzzPage> {
  return fc.oneof(
    { weight: 6, arbitrary: randomPage },
    { weight: 3, arbitrary: mutatedRealPage(pages) },
    { weight: 1, arbitrary: garbagePage },
  );
}
