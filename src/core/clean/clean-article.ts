import { removeBoilerplate } from './remove-boilerplate';
import { removeCaptionLeftovers } from './remove-caption-leftovers';
import { removeDuplicateBlocks } from './remove-duplicate-blocks';
import { removePopovers } from './remove-popovers';
import { removeRepeatedHeadlines } from './remove-repeated-headlines';
import { removeShortcodes } from './remove-shortcodes';
import { removeTeaserCards } from './remove-teaser-cards';
import { removeTeaserLinks } from './remove-teaser-links';

export interface CleanReport {
  headlines: number;
  boilerplate: number;
  popovers: number;
  teasers: number;
  duplicates: number;
  captions: number;
  cards: number;
  shortcodes: number;
}

/** Our pass over Readability's output: what it leaves in that is not the story. Mutates content. */
export function cleanArticle(content: Element, title: string, siteName: string | null): CleanReport {
  const popovers = removePopovers(content);
  const headlines = removeRepeatedHeadlines(content, title, siteName);
  const shortcodes = removeShortcodes(content);
  const boilerplate = removeBoilerplate(content);
  const cards = removeTeaserCards(content);
  const teasers = removeTeaserLinks(content);
  const duplicates = removeDuplicateBlocks(content);
  const captions = removeCaptionLeftovers(content);
  return { headlines, boilerplate, popovers, teasers, duplicates, captions, cards, shortcodes };
}
