import type { Article } from '../article';
import { earlyFeatures } from './early-decision';
import { extractionFeatures } from './extraction-features';
import { pageFeatures } from './page-features';

export interface StageFeatures {
  features: Record<string, number>;
  bodyLetters: number;
  paywalled: boolean;
}

/** The on-demand stage's features: the first stage's and the page's shape. */
export function pageStageFeatures(doc: Document, url: string | null): StageFeatures {
  const early = earlyFeatures(doc, url);
  const page = pageFeatures(doc);
  return { features: { ...early.features, ...page.features }, bodyLetters: page.bodyLetters, paywalled: early.paywalled };
}

/** The last stage's: all of the above and the extraction's. */
export function fullStageFeatures(page: StageFeatures, article: Article, paywalled: boolean): Record<string, number> {
  return { ...page.features, ...extractionFeatures(article, page.bodyLetters, paywalled || page.paywalled) };
}
