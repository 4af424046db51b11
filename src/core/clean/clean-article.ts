import { removeBoilerplate } from './remove-boilerplate';
import { removeCaptionLeftovers } from './remove-caption-leftovers';
import { removeDuplicateBlocks } from './remove-duplicate-blocks';
import { removePopovers } from './remove-popovers';
import { removeRepeatedHeadlines } from './remove-repeated-headlines';
import { removeShortcodes } from './remove-shortcodes';
import { removeTeaserCards } from './remove-teaser-cards';
import { removeTeaserLinks } from './remove-teaser-links';
import { guardStory } from './story-guard';
import { trimToStory } from './trim-to-story';

export interface CleanReport {
  headlines: number;
  boilerplate: number;
  popovers: number;
  teasers: number;
  duplicates: number;
  captions: number;
  cards: number;
  shortcodes: number;
  edges: number;
}

/**
 * Our pass over Readability's output: what it leaves in that is not the
 * story. Mutates content. `trace` (the quality bench's) sees the element
 * after each pass, named as in the report.
 */
export function cleanArticle(
  content: Element,
  title: string,
  siteName: string | null,
  trace?: (pass: keyof CleanReport, content: Element) => void,
): CleanReport {
  const run = (pass: keyof CleanReport, fn: () => number) => {
    const n = fn();
    trace?.(pass, content);
    return n;
  };
  guardStory(content);
  const popovers = run('popovers', () => removePopovers(content));
  const headlines = run('headlines', () => removeRepeatedHeadlines(content, title, siteName));
  const shortcodes = run('shortcodes', () => removeShortcodes(content));
  const boilerplate = run('boilerplate', () => removeBoilerplate(content));
  const cards = run('cards', () => removeTeaserCards(content));
  const teasers = run('teasers', () => removeTeaserLinks(content));
  // After the teaser lines and cards inside the story are gone, so that only lists around it are left to cut at.
  const edges = run('edges', () => trimToStory(content));
  const duplicates = run('duplicates', () => removeDuplicateBlocks(content));
  const captions = run('captions', () => removeCaptionLeftovers(content));
  return { headlines, boilerplate, popovers, teasers, duplicates, captions, cards, shortcodes, edges };
}
