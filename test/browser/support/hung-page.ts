/**
 * A story page for the case where the page's own script holds its main
 * thread (readHugePage's freezeMs): the content script cannot run until it
 * lets go, so only the reader's own deadline keeps it from spinning.
 */
export const FREEZE_MS = 45_000;

export function hungPage(): string {
  const story = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of a story on a page that freezes itself: the minister said on Tuesday that talks with the union would resume next week after a long dispute over pay.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page that freezes</title></head><body><article><h1>A page that freezes</h1>${story}</article></body></html>`;
}
