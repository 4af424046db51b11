import { afterAll, describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize/create-sanitizer';
import { cleanHtml } from '../../src/node/clean-html';
import { parseDocument } from '../../src/node/parse-document';
import { EVENT_NAMES } from './event-names';
import { batches, FIRST_PARAGRAPH, hostilePage, LAST_PARAGRAPH } from './hostile-page';
import { inspectOutput, type CanaryPlace } from './inspect-output';
import { canaryUrl, SNIPPETS, withCanary, type Snippet } from './snippets';

const ORIGIN = 'http://127.0.0.1:9';
const PAGE_URL = 'http://127.0.0.1:9/2022/04/20/us-secretary-of-defense/';
const { window } = parseDocument('<!doctype html><body></body>', PAGE_URL);
// The popup's second pass, over the extractor's answer.
const readerSanitizer = createSanitizer(window as never, PAGE_URL);
const places = new Map<CanaryPlace, Set<string>>();

/** No violation in html; notes where each snippet's canary survived as inert text, an image or a link. */
function check(snippets: readonly Snippet[], html: string): void {
  const { violations, canaryPlaces } = inspectOutput(
    html,
    snippets.map((s) => canaryUrl(ORIGIN, s.id)),
  );
  expect(violations, `${snippets.map((s) => s.id).join(', ')}: ${html.slice(0, 300)}`).toEqual([]);
  for (const snippet of snippets) {
    for (const place of canaryPlaces.get(canaryUrl(ORIGIN, snippet.id)) ?? [])
      places.set(place, (places.get(place) ?? new Set()).add(snippet.id));
  }
}

describe('the hostile corpus', () => {
  it('has at least 150 snippets with unique ids, each aiming at its canary', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SNIPPETS.map((s) => s.id)).size).toBe(SNIPPETS.length);
    for (const s of SNIPPETS) expect(s.html, s.id).toContain('{{CANARY}}');
    // Every event name is tried as an attribute.
    for (const name of EVENT_NAMES)
      expect(
        SNIPPETS.some((s) => s.html.includes(` on${name}=`)),
        name,
      ).toBe(true);
  });
});

describe('each snippet through the sanitizer alone', () => {
  it.each(SNIPPETS.map((s) => [s.id, s] as const))('%s', (_id, snippet) => {
    const once = readerSanitizer.toHtml(withCanary(snippet, ORIGIN));
    check([snippet], once);
    // Sanitised output parsed and sanitised again stays the same: no mutation XSS on the second pass.
    expect(readerSanitizer.toHtml(once)).toBe(once);
    const fragment = readerSanitizer.toFragment(withCanary(snippet, ORIGIN));
    expect(fragment.querySelector('script, style, iframe, form, svg, math, [style]')).toBeNull();
  });
});

describe('snippets inside a real article, through cleanHtml and the reader sanitizer', () => {
  // Pages of 20 snippets keep the run fast; each snippet has its own canary, so a failure still names it.
  it.each(batches(SNIPPETS, 20).map((b, i) => [i + 1, b] as const))('page %i', (_n, batch) => {
    const result = cleanHtml(hostilePage(batch, ORIGIN), PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(FIRST_PARAGRAPH);
    expect(result.article.text).toContain(LAST_PARAGRAPH);
    expect(result.article.title).not.toContain('canary');
    const again = readerSanitizer.toHtml(result.article.html);
    check(batch, result.article.html);
    check(batch, again);
  });

  it('survives all snippets on one page', () => {
    const result = cleanHtml(hostilePage(SNIPPETS, ORIGIN), PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(LAST_PARAGRAPH);
    check(SNIPPETS, result.article.html);
  });
});

afterAll(() => {
  (window as unknown as { close(): void }).close();
  const counts = Object.fromEntries(SNIPPETS.reduce((m, s) => m.set(s.category, (m.get(s.category) ?? 0) + 1), new Map<string, number>()));
  const where = Object.fromEntries(Array.from(places, ([place, ids]) => [place, Array.from(ids)]));
  console.log(
    `hostile corpus: ${SNIPPETS.length} snippets ${JSON.stringify(counts)}; canary left as inert text/image/link: ${JSON.stringify(where)}`,
  );
});
