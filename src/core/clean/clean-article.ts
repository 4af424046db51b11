import { removeBoilerplate } from './remove-boilerplate';
import { removeDuplicateBlocks } from './remove-duplicate-blocks';
import { removePopovers } from './remove-popovers';
import { removeRepeatedHeadlines } from './remove-repeated-headlines';
import { removeTeaserLinks } from './remove-teaser-links';

export interface CleanReport {
  headlines: number;
  boilerplate: number;
  popovers: number;
  teasers: number;
  duplicates: number;
}

/** Our pass over Readability's output: what it leaves in that is not the story. Mutates content. */
export function cleanArticle(content: Element, title: string, siteName: string | null): CleanReport {
  const popovers = removePopovers(content);
  const headlines = removeRepeatedHeadlines(content, title, siteName);
  const boilerplate = removeBoilerplate(content);
  const teasers = removeTeaserLinks(content);
  const duplicates = removeDuplicateBlocks(content);
  return { headlines, boilerplate, popovers, teasers, duplicates };
}
