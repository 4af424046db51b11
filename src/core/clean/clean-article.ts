import { removeBoilerplate } from './remove-boilerplate';
import { removeDuplicateBlocks } from './remove-duplicate-blocks';
import { removeRepeatedHeadlines } from './remove-repeated-headlines';

export interface CleanReport {
  headlines: number;
  boilerplate: number;
  duplicates: number;
}

/** Our pass over Readability's output: what it leaves in that is not the story. Mutates content. */
export function cleanArticle(content: Element, title: string, siteName: string | null): CleanReport {
  const headlines = removeRepeatedHeadlines(content, title, siteName);
  const boilerplate = removeBoilerplate(content);
  const duplicates = removeDuplicateBlocks(content);
  return { headlines, boilerplate, duplicates };
}
