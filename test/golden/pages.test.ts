import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/node/clean-html';
import { expectMarkdown, goldenMarkdown } from './golden-markdown';

/**
 * Golden pages: test/pages/<category>--<slug>/source.html and its
 * hand-written expected.json ({ title, paragraphs } or { readerable: false }).
 * Every article page also has expected.md (test/golden/golden-markdown.ts):
 * its metadata, structure and key figures. A page without its expected files
 * fails, unless UPDATE_GOLDEN=1 asks to write them (expected.md is then also
 * rewritten where it differs); read what was written before committing it.
 */
const PAGES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../pages');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Expected {
  url?: string;
  readerable?: boolean;
  title?: string;
  paragraphs?: string[];
  /** Non-article pages: what kind of page it is, and the main language of its text. */
  kind?: string;
  lang?: string;
  /** Picture sources the article's HTML must keep (lazy images). */
  images?: string[];
}

const dirs = existsSync(PAGES)
  ? readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(resolve(PAGES, d.name, 'source.html'))).map((d) => d.name).sort()
  : [];

it('finds the golden pages', () => {
  expect(dirs.length).toBeGreaterThan(0);
});

describe.each(dirs)('%s', (dir) => {
  const source = readFileSync(resolve(PAGES, dir, 'source.html'), 'utf8');
  const expectedFile = resolve(PAGES, dir, 'expected.json');
  const url = `https://${dir.split('--')[0]}.example/${dir}/`;

  if (!existsSync(expectedFile)) {
    it('has a hand-written expected.json', () => {
      if (!UPDATE) throw new Error(`test/pages/${dir}/expected.json is missing: write it by hand (or UPDATE_GOLDEN=1 to bootstrap, then read it)`);
      const result = cleanHtml(source, url);
      const out: Expected = result.ok
        ? { title: result.article.title, paragraphs: result.article.text.split('\n\n') }
        : { readerable: false };
      writeFileSync(expectedFile, `${JSON.stringify(out, null, 2)}\n`);
    });
    return;
  }

  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
  // Non-article pages: their decision is checked in test/core/detect/nonarticle-pages.test.ts and
  // measured by bench:auto, which read kind, url and lang from here.
  if (expected.readerable === false || !expected.paragraphs) {
    it('is a non-article page with the fields the detection tests read', () => {
      expect(dir.startsWith('nonarticle--'), 'only nonarticle--* pages may leave out paragraphs').toBe(true);
      expect(expected.readerable).toBe(false);
      expect(expected.kind).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(expected.url).toMatch(/^https?:\/\/[^/]+\.test\//);
      if (expected.lang !== undefined) expect(expected.lang).toMatch(/^[a-z]{2}$/);
    });
    return;
  }

  it('gives exactly the expected title and paragraphs', () => {
    const result = cleanHtml(source, expected.url ?? url);
    if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
    expect(result.article.title).toBe(expected.title);
    expect(result.article.text.split('\n\n')).toEqual(expected.paragraphs);
    for (const src of expected.images ?? []) expect(result.article.html).toContain(`src="${src}"`);
  });

  it('keeps the structure, metadata and key figures of expected.md', () => {
    const result = cleanHtml(source, expected.url ?? url);
    if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
    expectMarkdown(resolve(PAGES, dir, 'expected.md'), goldenMarkdown(result.article));
  });
});

