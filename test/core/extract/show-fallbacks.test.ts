import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/pipeline/extract-article';
import { createSanitizer } from '../../../src/core/sanitize/create-sanitizer';
import { parseDocument } from '../../../src/node/parse-document';
import { prose } from '../../fuzz/pathological-pages';

const URL = 'https://tv.example/2013/04/28/story/';
const story = Array.from({ length: 5 }, (_, i) => `<p>${prose(45, i)}</p>`).join('');

function extract(html: string) {
  const { document, window } = parseDocument(html, URL);
  return extractArticle(document, { url: URL, sanitize: { mode: 'in-place', inPlace: createSanitizer(window as never, URL).inPlace } });
}

describe("a Flash player's fallback, as browsers show it now", () => {
  // A player in class-less markup: two nested objects, params, a poster, a notice and the video's caption as fallback.
  const player = `<div><object width="620" height="362"><param name="movie" value="https://tv.example/id/1"><param name="wmode" value="transparent">
    <object data="https://tv.example/id/1" type="application/x-shockwave-flash"><div><img src="https://tv.example/poster.jpg">
    <p>This video is unavailable in the format required for your device/os.</p></div>
    <p>${prose(40, 9)}</p></object></object></div>`;

  it("keeps the caption the fallback holds (the story's first paragraph) and drops the player's notice", () => {
    const result = extract(`<!doctype html><title>Story</title><body><article>${player}${story}</article></body>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.startsWith(prose(40, 9))).toBe(true);
    expect(result.article.text).toContain(prose(45, 4));
    expect(result.article.text).not.toContain('unavailable');
  });

  it('leaves an object without text to Readability (it removes it)', () => {
    const result = extract(
      `<!doctype html><title>Story</title><body><article><object data="x.swf"><param name="a" value="b"></object>${story}</article></body>`,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.html).not.toContain('<object');
  });
});
