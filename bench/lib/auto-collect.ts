/**
 * One page of bench:auto, as the worker measures it: the features of each
 * stage (for fitting and cross-validation), the decision the shipped code
 * takes (decideIsArticle itself), plain isProbablyReaderable on the same
 * DOM, and on non-articles the decision's time beside a Readability parse.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import type { ExtractResult } from '../../src/core/article';
import { decideIsArticle, earlyDecision, extractionStage, readerableStage } from '../../src/core/detect/decide-is-article';
import { earlyFeatures } from '../../src/core/detect/early-decision';
import { fullStageFeatures, pageStageFeatures } from '../../src/core/detect/stage-features';
import { extractArticle } from '../../src/core/pipeline/extract-article';
import { createSanitizer } from '../../src/core/sanitize/create-sanitizer';
import { closeWindow } from '../../src/node/close-window';
import { parseDocument } from '../../src/node/parse-document';
import type { AutoPage } from './auto-pages';
import type { FeatureRow } from './fit-auto-model';

export interface CollectedRow extends FeatureRow {
  set: string;
  lang: string;
  decision: { isArticle: boolean; stage: string; reason: string };
  /** The popup's check (use 'reading') on the same page. */
  reading: { isArticle: boolean; stage: string; reason: string };
  readerable: boolean;
  /** Time of each stage alone, for any model's decision: bench:auto adds up those it reaches. */
  stageMs?: { early: number; page: number; extraction: number };
  oursMs?: number;
  readabilityMs?: number;
}

/** Where the source kept no address: one that says nothing (no root, no slug, no keyword). */
export function neutralUrl(page: AutoPage): string {
  return page.url ?? `https://${page.site.replace(/[^a-z0-9.-]/gi, '')}.example/p/a1b2c3`;
}

export async function collectPage(page: AutoPage, reps: number): Promise<CollectedRow> {
  const url = neutralUrl(page);
  const { document, window } = parseDocument(page.html(), url);
  try {
    const sanitizer = createSanitizer(window as never, document.URL);
    const extract = (doc: Document): ExtractResult =>
      extractArticle(doc, { url, sanitize: { mode: 'in-place', inPlace: sanitizer.inPlace } });
    // An extraction that throws is "not an article" in decideIsArticle too; here it becomes that failure.
    let result: ExtractResult;
    try {
      result = extract(document);
    } catch (e) {
      result = { ok: false, reason: 'error', message: String(e) };
    }
    const early = earlyFeatures(document, url);
    const pageStage = pageStageFeatures(document, url);
    const full = result.ok ? fullStageFeatures(pageStage, result.article, early.paywalled) : null;
    const decision = await decideIsArticle(document, url, () => result);
    const reading = await decideIsArticle(document, url, () => result, 'reading');
    const lang = page.lang ?? (document.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const row: CollectedRow = {
      id: page.id,
      set: page.set,
      site: page.site,
      kind: page.kind,
      lang: lang || 'und',
      isArticle: page.isArticle,
      borderline: page.borderline,
      early: early.features,
      page: pageStage.features,
      full,
      decision,
      reading,
      readerable: isProbablyReaderable(document),
    };
    if (!page.isArticle && reps > 0) {
      // Cost where the script meets it most (a site's fronts, lists, shops, threads): each stage timed on
      // its own (same DOM, same run, median of reps), so that bench:auto can add up the stages any fitted
      // model reaches on this page; and the whole decision as shipped, beside a Readability parse.
      const t = { early: [] as number[], page: [] as number[], extraction: [] as number[], ours: [] as number[], plain: [] as number[] };
      for (let i = 0; i < reps; i++) {
        let t0 = performance.now();
        const early = earlyDecision(document, url);
        t.early.push(performance.now() - t0);
        t0 = performance.now();
        const quick = readerableStage(document, { ...early, verdict: 'maybe' });
        t.page.push(performance.now() - t0);
        t0 = performance.now();
        extractionStage(document, quick, extract(document));
        t.extraction.push(performance.now() - t0);
        t0 = performance.now();
        await decideIsArticle(document, url, extract);
        t.ours.push(performance.now() - t0);
        t0 = performance.now();
        new Readability(document.cloneNode(true) as Document).parse();
        t.plain.push(performance.now() - t0);
      }
      row.stageMs = { early: median(t.early), page: median(t.page), extraction: median(t.extraction) };
      row.oursMs = median(t.ours);
      row.readabilityMs = median(t.plain);
    }
    return row;
  } finally {
    closeWindow(window);
  }
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
