/**
 * Huge and malformed pages, generated in code so nothing big is committed.
 * Each is a function of a scale (1 = the full size the issue asks for), so
 * the unit test can run a smaller copy of the same shape and the bench the
 * real one.
 */
export interface PathologicalPage {
  name: string;
  /** What the page is, in a few words, for the bench's table. */
  shape: string;
  html: (scale: number) => string;
}

const WORDS =
  'the minister said on tuesday that talks with the union would resume next week after a long dispute over pay and conditions'.split(' ');

/** Deterministic prose: n words, with a full stop every 12. */
export function prose(n: number, seed = 0): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(i * 7 + seed) % WORDS.length]! + ((i + 1) % 12 === 0 ? '.' : ''));
  return out.join(' ');
}

function page(body: string, title = 'A pathological page'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

const story = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => `<p>${prose(60, i)}</p>`).join('\n');

export const PATHOLOGICAL_PAGES: PathologicalPage[] = [
  {
    name: 'huge-20mb',
    shape: '20 MB: a story followed by 20 MB of comment-like blocks',
    html: (scale) => {
      const target = Math.round(20_000_000 * scale);
      const block = `<div class="comment"><p>${prose(40)}</p><a href="/u/1">reply</a></div>\n`;
      return page(`<article><h1>Huge page</h1>${story(12)}</article>${block.repeat(Math.ceil(target / block.length))}`);
    },
  },
  {
    name: 'many-elements',
    shape: '200,000 elements: spans inside a story',
    html: (scale) => {
      const n = Math.round(200_000 * scale);
      const perP = 100;
      const paras: string[] = [];
      for (let i = 0; i < n / perP; i++)
        paras.push(`<p>${Array.from({ length: perP }, (_, j) => `<span>${WORDS[(i + j) % WORDS.length]}</span>`).join(' ')}</p>`);
      return page(`<article><h1>Many elements</h1>${paras.join('\n')}</article>`);
    },
  },
  {
    name: 'deep-nesting',
    shape: 'a story inside 5,000 nested divs',
    html: (scale) => {
      const depth = Math.round(5_000 * scale);
      return page(`${'<div>'.repeat(depth)}<article><h1>Deep</h1>${story(10)}</article>${'</div>'.repeat(depth)}`);
    },
  },
  {
    name: 'deep-inline-nesting',
    shape: '5,000 nested inline elements inside one paragraph',
    html: (scale) => {
      const depth = Math.round(5_000 * scale);
      return page(
        `<article><h1>Deep inline</h1>${story(6)}<p>${'<span><em>'.repeat(depth / 2)}${prose(40)}${'</em></span>'.repeat(depth / 2)}</p>${story(4)}</article>`,
      );
    },
  },
  {
    name: 'one-huge-paragraph',
    shape: 'one paragraph of 1 MB of text',
    html: (scale) => {
      const chars = Math.round(1_000_000 * scale);
      const words = Math.ceil(chars / 5.6);
      return page(`<article><h1>One paragraph</h1><p>${prose(words)}</p></article>`);
    },
  },
  {
    name: 'binary-garbage',
    shape: '1 MB of pseudo-random bytes decoded as latin1',
    html: (scale) => {
      const n = Math.round(1_000_000 * scale);
      let x = 2463534242;
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        bytes[i] = x & 0xff;
      }
      return Buffer.from(bytes).toString('latin1');
    },
  },
  {
    name: 'frameset',
    shape: 'a frameset document, no body',
    html: () =>
      `<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/a.html"><frame src="/b.html"><noframes><p>${prose(80)}</p></noframes></frameset></html>`,
  },
  { name: 'empty-body', shape: 'an empty body', html: () => '<!doctype html><html><head><title>Empty</title></head><body></body></html>' },
  { name: 'empty-string', shape: 'zero bytes', html: () => '' },
  {
    name: 'wide-table',
    shape: 'a 300×300 table of text cells',
    html: (scale) => {
      const n = Math.max(2, Math.round(300 * Math.sqrt(scale)));
      const rows = Array.from(
        { length: n },
        (_, r) => `<tr>${Array.from({ length: n }, (_, c) => `<td>${WORDS[(r + c) % WORDS.length]}</td>`).join('')}</tr>`,
      ).join('');
      return page(`<article><h1>Table</h1>${story(4)}<table>${rows}</table></article>`);
    },
  },
  {
    name: 'many-unclosed',
    shape: '50,000 unclosed tags of mixed kinds',
    html: (scale) => {
      const n = Math.round(50_000 * scale);
      // prettier-ignore
      const tags = ['<div>', '<p>', '<b>', '<i>', '<table>', '<li>', '<font>', '<a href=/x>', '<span>'];
      return page(
        `<h1>Unclosed</h1>${story(5)}${Array.from({ length: n }, (_, i) => tags[i % tags.length]! + WORDS[i % WORDS.length]).join(' ')}`,
      );
    },
  },
];
