import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Article } from '../../src/core/article';
import { computeKeyFigures } from '../../src/core/figures/compute-key-figures';
import type { KeyFigures } from '../../src/core/figures/key-figures';
import { escapeText } from '../../src/core/markdown/escape-markdown';
import { htmlToMarkdown } from '../../src/core/markdown/html-to-markdown';
import { closeWindow } from '../../src/node/close-window';
import { parseDocument } from '../../src/node/parse-document';

/**
 * A golden page's expected.md: what the extraction gave, as a reader would
 * check it by eye. A header of the metadata the line under the headline is
 * made from (JSON values, so a missing field reads `null`, not blank), the
 * title, the body in the project's own Markdown writer (the one the CLI's
 * `--format markdown` and Copy as Markdown use, so a heading that became a
 * paragraph or a list that became loose lines shows as a changed line),
 * then the key figures: people with their roles, and the key numbers.
 */
export function goldenMarkdown(article: Article): string {
  const header = [
    '---',
    `byline: ${JSON.stringify(article.byline)}`,
    `site: ${JSON.stringify(article.siteName)}`,
    `date: ${JSON.stringify(article.publishedTime)}`,
    `lang: ${JSON.stringify(article.lang)}`,
    '---',
  ].join('\n');
  const figures = computeKeyFigures(article.text, { title: article.title, lang: article.lang ?? undefined });
  return `${[header, `# ${escapeText(article.title)}`, bodyMarkdown(article), figuresMarkdown(figures)].filter(Boolean).join('\n\n')}\n`;
}

/** The body as the CLI converts it: the sanitized HTML parsed by jsdom, then walked by htmlToMarkdown. */
function bodyMarkdown(article: Article): string {
  const { document, window } = parseDocument(`<!DOCTYPE html><body>${article.html}</body>`, article.url);
  try {
    return htmlToMarkdown(document.body).trim();
  } finally {
    closeWindow(window);
  }
}

/**
 * People with roles and the key numbers (the at most eight the panel lists
 * first). The other numbers are left out on purpose: they are every figure
 * of the text, checked by the figures tests, and would make each golden page
 * change with any tweak of number finding.
 */
function figuresMarkdown(figures: KeyFigures): string {
  const parts = ['## Key figures'];
  const people = figures.people.map((p) => `- **${escapeText(p.name)}**${p.role ? `, ${escapeText(p.role)}` : ''}`);
  parts.push('### People', people.length ? people.join('\n') : figures.peopleUnread ? `(not read in "${figures.peopleUnread}")` : '(none)');
  const numbers = figures.numbers.filter((n) => n.key).map((n) => `- ${escapeText(n.text)} (${n.kind})`);
  parts.push('### Key numbers', numbers.length ? numbers.join('\n') : '(none)');
  return parts.join('\n\n');
}

/** Compares with the file; a missing or (with UPDATE_GOLDEN=1) changed file is written instead, to be read by eye. */
export function expectMarkdown(file: string, actual: string): void {
  const relative = file.slice(file.indexOf('test/'));
  if (process.env.UPDATE_GOLDEN === '1' && (!existsSync(file) || readFileSync(file, 'utf8') !== actual)) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${relative} is missing: UPDATE_GOLDEN=1 writes it from this build; read it before committing`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
