import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticleFile } from '../../../src/node/is-article';

const PAGES = resolve(import.meta.dirname, '../../pages');
const dirs = readdirSync(PAGES)
  .filter((d) => d.startsWith('nonarticle--'))
  .sort();

describe('hand-written non-article pages', () => {
  it('are at least 60', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(60);
  });
  it("cover today's kinds of non-article page in several languages", () => {
    const seen = new Set(
      dirs.map((d) => {
        const e = JSON.parse(readFileSync(join(PAGES, d, 'expected.json'), 'utf8')) as { kind: string; lang?: string };
        return `${e.kind}/${e.lang ?? 'en'}`;
      }),
    );
    // prettier-ignore
    for (const kind of ['product', 'podcast-episode', 'social-post', 'gallery', 'forum-thread', 'video']) {
      expect([...seen].filter((k) => k.startsWith(`${kind}/`) && !k.endsWith('/en')).length, kind).toBeGreaterThanOrEqual(2);
    }
    for (const lang of ['de', 'fr', 'es'])
      expect(
        [...seen].some((k) => k.endsWith(`/${lang}`)),
        lang,
      ).toBe(true);
  });
  it.each(dirs)('%s is not decided an article', async (dir) => {
    const expected = JSON.parse(readFileSync(join(PAGES, dir, 'expected.json'), 'utf8')) as {
      readerable: boolean;
      kind: string;
      url: string;
    };
    expect(expected.readerable).toBe(false);
    const decision = await isArticleFile(readFileSync(join(PAGES, dir, 'source.html'), 'utf8'), expected.url);
    expect(decision.isArticle, `${dir} (${expected.kind}) passed every stage`).toBe(false);
  });
  // The popup's check reads on request and lets more through, but not a shop's item, a media page, a gallery or a discussion.
  const clearly = dirs.filter((d) => /^nonarticle--(?:product|podcast|gallery|forum|social|video)-/.test(d));
  it.each(clearly)("%s is turned away by the popup's check too", async (dir) => {
    const expected = JSON.parse(readFileSync(join(PAGES, dir, 'expected.json'), 'utf8')) as { kind: string; url: string };
    const decision = await isArticleFile(readFileSync(join(PAGES, dir, 'source.html'), 'utf8'), expected.url, 'reading');
    expect(decision.isArticle, `${dir} (${expected.kind}): ${decision.reason}`).toBe(false);
  });
});
