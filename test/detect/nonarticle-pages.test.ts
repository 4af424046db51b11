import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticleFile } from '../../src/node/is-article';

const PAGES = resolve(import.meta.dirname, '../pages');
const dirs = readdirSync(PAGES).filter((d) => d.startsWith('nonarticle--')).sort();

describe('hand-written non-article pages', () => {
  it('are at least 60', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(60);
  });
  it.each(dirs)('%s is not decided an article', async (dir) => {
    const expected = JSON.parse(readFileSync(join(PAGES, dir, 'expected.json'), 'utf8')) as { readerable: boolean; kind: string; url: string };
    expect(expected.readerable).toBe(false);
    const decision = await isArticleFile(readFileSync(join(PAGES, dir, 'source.html'), 'utf8'), expected.url);
    expect(decision.isArticle, `${dir} (${expected.kind}) passed every stage`).toBe(false);
  });
});
