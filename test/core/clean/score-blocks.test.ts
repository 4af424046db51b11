import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../../src/core/clean/block-features';
import { BLOCK_MODEL, type BlockModel } from '../../../src/core/clean/block-model';
import { scoreBlocks } from '../../../src/core/clean/score-blocks';
import { guardStory } from '../../../src/core/clean/story-guard';
import { blockText } from '../../../src/core/text/block-text';
import { parseDocument } from '../../../src/node/parse-document';

// Bare markup, no class names: the scorer reads only text, links and shape.
function content(html: string): Element {
  const { document } = parseDocument(`<!doctype html><body><div id="c">${html}</div></body>`, 'https://news.example/2024/05/story.html');
  return document.getElementById('c')!;
}
const STORY = [
  'The harbour council voted on Tuesday to keep the night ferry running through the winter, after residents of the island said the last boat at eleven was the only way home for nurses and cooks who work late shifts in the town.',
  'Members of the council said the ferry would cost the harbour about forty thousand euros more each winter, and that the island residents, the nurses and the cooks had made a case for the late boat that the council could not turn down this year.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');
const TAGS =
  '<ul><li><a href="/tag/ferry">Ferry</a></li><li><a href="/tag/harbour">Harbour</a></li><li><a href="/tag/council">Council</a></li></ul>';

describe('blockFeatures', () => {
  it('reads position, links, list shape and the furniture vocabulary of each leaf block', () => {
    const c = content(
      `<p>Drucken | Versenden | Teilen</p>${STORY}<figure><img src="a.jpg"><figcaption>The night ferry at the quay.</figcaption></figure><h2>Winter timetable</h2>${TAGS}`,
    );
    const blocks = blockFeatures(c, true);
    const byText = (t: string) => blocks.find((b) => (b.el.textContent ?? '').includes(t))!;
    const tools = byText('Drucken');
    expect(tools.features.beforeStory).toBe(1);
    expect(tools.features.callToAction).toBe(1);
    expect(tools.features.callToActionLine).toBe(1);
    expect(tools.features.separators).toBeGreaterThan(0);
    expect(tools.features.sentenceEnd).toBe(0);
    const story = byText('voted on Tuesday');
    expect(story.features.beforeStory + story.features.afterStory).toBe(0);
    expect(story.features.sentenceEnd).toBe(1);
    expect(story.features.linkShare).toBe(0);
    expect(story.features.storyVocabulary).toBeGreaterThan(0.3);
    const tag = byText('Harbour');
    expect(tag.features.linkList).toBe(1);
    expect(tag.features.allLinks).toBe(1);
    expect(tag.features.afterStory).toBe(1);
    // A caption and a subheading are never the scorer's to remove (a reader wants them).
    expect(byText('night ferry at the quay').candidate).toBe(false);
    expect(byText('Winter timetable').candidate).toBe(false);
    expect(tag.candidate).toBe(true);
    // Above the story and inside it the references disagree on such lines: only what follows the story is judged.
    expect(tools.candidate).toBe(false);
    expect(story.candidate).toBe(false);
    // Without `every`, only what follows the story is read (the reader pays for no other block).
    expect(blockFeatures(c).map((b) => b.el.textContent)).toEqual([
      'The night ferry at the quay.',
      'Winter timetable',
      'Ferry',
      'Harbour',
      'Council',
    ]);
  });

  it('reads the same text printed twice as repeated', () => {
    const c = content(`<p>Read more stories</p>${STORY}<p>Read more stories</p>`);
    const blocks = blockFeatures(c, true);
    expect(blocks[0]!.features.repeated).toBe(1);
    expect(blocks[1]!.features.repeated).toBe(0);
  });
});

describe('scoreBlocks', () => {
  // A hand-set model for the mechanics: links after the story are furniture.
  const LINKS_AFTER: BlockModel = { bias: -4, weights: { afterStory: 3, linkShare: 2 }, threshold: 0 };

  it('removes the blocks the model scores at or above its threshold, and nothing else', () => {
    const c = content(`${STORY}${TAGS}`);
    guardStory(c);
    expect(scoreBlocks(c, LINKS_AFTER)).toBe(3);
    expect(blockText(c)).toContain('night ferry');
    expect(c.querySelector('ul')).toBeNull();
  });

  it('removes nothing at an infinite threshold', () => {
    const c = content(`${STORY}${TAGS}`);
    expect(scoreBlocks(c, { ...LINKS_AFTER, threshold: Infinity })).toBe(0);
    expect(c.querySelectorAll('li')).toHaveLength(3);
  });

  it('never removes story prose the guard marked, whatever the model says', () => {
    const c = content(STORY + STORY.replace(/harbour/g, 'port'));
    guardStory(c);
    const everything: BlockModel = { bias: 10, weights: {}, threshold: 0 };
    scoreBlocks(c, everything);
    expect(blockText(c)).toContain('voted on Tuesday');
  });
});

describe('the shipped block model (fitted by fit:quality)', () => {
  // Print and send rows left after the story, in bare markup, in six languages: the kind the corpora leave after
  // the rule passes ("Printer friendly page Send this article to Friends by E-Mail").
  const TOOL_ROWS = [
    '<a href="/print">Printer friendly page</a> <a href="/mail">Send this article to Friends by E-Mail</a>',
    '<a href="/d">Artikel drucken</a> | <a href="/v">Artikel versenden</a>',
    '<a href="/i">Imprimer</a> | <a href="/e">Envoyer à un ami</a>',
    '<a href="/i">Imprimir</a> | <a href="/e">Enviar por correo</a>',
    '<a href="/i">Imprimir</a> | <a href="/c">Compartilhe</a>',
    '<a href="/s">Stampa</a> | <a href="/i">Invia</a>',
  ];
  it.each(TOOL_ROWS)('removes a tool row after the story: %s', (row) => {
    const c = content(`${STORY}<p>${row}</p>`);
    guardStory(c);
    expect(scoreBlocks(c, BLOCK_MODEL)).toBe(1);
    expect(c.querySelectorAll('p')).toHaveLength(2);
  });

  it("keeps the story's last short sentence, and the same row above the story", () => {
    const last = content(
      `${STORY}<p>The ferry leaves the quay at eleven every night, and the council will review the cost next spring.</p>`,
    );
    guardStory(last);
    expect(scoreBlocks(last, BLOCK_MODEL)).toBe(0);
    const above = content(`<p>${TOOL_ROWS[1]}</p>${STORY}`);
    guardStory(above);
    expect(scoreBlocks(above, BLOCK_MODEL)).toBe(0);
  });
});
