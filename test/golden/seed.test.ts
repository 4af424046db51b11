import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/node/clean-html';
import { SHARED } from '../shared-path';
import { expectMarkdown, goldenMarkdown } from './golden-markdown';

// The page this project started from, in two forms; both must become seed-expected.txt exactly.
const expected = readFileSync(`${SHARED}/fixtures/seed-expected.txt`, 'utf8').trim();
const [expectedTitle, ...expectedParagraphs] = expected.split(/\n\n/);

describe.each(['seed-plain.html', 'seed-site.html'])('%s', (file) => {
  const html = readFileSync(`${SHARED}/fixtures/${file}`, 'utf8');
  const result = cleanHtml(html, 'https://worldaffairs.example/2022/04/20/us-secretary-of-defense-chinese-colleague/');

  it('is an article', () => {
    expect(result.ok).toBe(true);
  });

  it('gives exactly the title and the 14 paragraphs of seed-expected.txt', () => {
    if (!result.ok) throw new Error(result.message);
    expect(result.article.title).toBe(expectedTitle);
    expect(expectedParagraphs).toHaveLength(14);
    expect(result.article.text.split(/\n\n/)).toEqual(expectedParagraphs);
  });

  it('prints the headline once (as the title only) and drops the comment form', () => {
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).not.toContain(expectedTitle);
    expect(result.article.html).not.toContain(expectedTitle);
    expect(result.article.text).not.toMatch(/Leave a Reply|will not be published|Share this|Like this/);
  });

  it('keeps the structure, metadata and key figures of its expected.md', () => {
    if (!result.ok) throw new Error(result.message);
    expectMarkdown(fileURLToPath(new URL(`seed/${file.replace(/\.html$/, '')}.expected.md`, import.meta.url)), goldenMarkdown(result.article));
  });
});
