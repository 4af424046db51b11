import { readFileSync } from 'node:fs';
import { SHARED } from '../shared-path';
import { withCanary, type Snippet } from './snippets';

const seed = readFileSync(`${SHARED}/fixtures/seed-site.html`, 'utf8');

/** The seed story's first and last paragraphs: the reader must show both, so no snippet swallowed the story. */
export const FIRST_PARAGRAPH = 'Secretary of Defense Lloyd J. Austin III spoke with his Chinese counterpart';
export const LAST_PARAGRAPH = 'Deputy Secretary of State Wendy Sherman';

/**
 * The seed article with the snippets spread between its story paragraphs
 * (after the second, before the last), where Readability keeps what it can;
 * a snippet that swallows what follows goes after the last paragraph.
 * Each snippet's {{CANARY}} becomes origin/canary/<id>.
 */
export function hostilePage(snippets: readonly Snippet[], origin: string): string {
  const start = seed.indexOf(`<p>${FIRST_PARAGRAPH}`);
  const end = seed.indexOf('<div class="wpdiscuz-wrap">');
  if (start < 0 || end < 0) throw new Error('the seed page changed: hostilePage needs its story paragraphs');
  const paragraphs = seed
    .slice(start, end)
    .split(/(?<=<\/p>)\n/)
    .filter((p) => p.trim());
  const gaps = paragraphs.length - 3; // after paragraph 2 .. before the last
  const slots: string[][] = Array.from({ length: gaps }, () => []);
  const inline = snippets.filter((s) => !s.swallows);
  inline.forEach((snippet, i) => slots[i % gaps]!.push(`\n${withCanary(snippet, origin)}\n`));
  const story = paragraphs.map((p, i) => (i >= 2 && i - 2 < gaps ? slots[i - 2]!.join('') : '') + p).join('\n');
  const after = snippets
    .filter((s) => s.swallows)
    .map((s) => `\n${withCanary(s, origin)}\n`)
    .join('');
  return seed.slice(0, start) + story + '\n' + after + seed.slice(end);
}

/** The corpus cut into pages of size snippets each. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
