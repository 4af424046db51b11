import type { ExtractResult, FailureReason } from '../../src/core/article';
import { computeKeyFigures } from '../../src/core/figures/compute-key-figures';
import { cleanHtml } from '../../src/node/clean-html';
import { inspectOutput } from '../hostile/inspect-output';

export const REASONS: readonly FailureReason[] = ['not-article', 'loading', 'not-html', 'restricted', 'error'];
export const FUZZ_URL = 'https://news.example/2024/05/01/story/';

export interface CaseOutcome {
  ok: boolean;
  /** What is wrong with the answer: empty when the case passed. */
  problems: string[];
  extractMs: number;
  figuresMs: number;
  /** What came back, in a few words: "article, 740 words" or the failure's reason and message. */
  summary: string;
}

/**
 * One fuzz case: the page through the whole pipeline, then key figures on
 * its text. Never throws: a throw is reported as a problem, with its stack.
 */
export function runCase(html: string): CaseOutcome {
  const problems: string[] = [];
  let result: ExtractResult | undefined;
  const t0 = performance.now();
  try {
    result = cleanHtml(html, FUZZ_URL);
  } catch (error) {
    problems.push(`cleanHtml threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const extractMs = performance.now() - t0;
  let figuresMs = 0;
  if (result) problems.push(...shapeProblems(result));
  if (result?.ok) {
    const t1 = performance.now();
    try {
      const figures = computeKeyFigures(result.article.text, { title: result.article.title, lang: result.article.lang ?? undefined });
      if (!Array.isArray(figures.people) || !Array.isArray(figures.numbers)) problems.push('key figures without people or numbers lists');
    } catch (error) {
      problems.push(`computeKeyFigures threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    figuresMs = performance.now() - t1;
  }
  const summary = !result ? 'nothing' : result.ok ? `article, ${result.article.wordCount} words` : `${result.reason}: ${result.message}`;
  return { ok: problems.length === 0, problems, extractMs, figuresMs, summary };
}

function shapeProblems(result: ExtractResult): string[] {
  if (!result.ok) {
    const out = REASONS.includes(result.reason) ? [] : [`unknown reason ${String(result.reason)}`];
    if (typeof result.message !== 'string' || !result.message) out.push('a failure without a message');
    return out;
  }
  const a = result.article;
  const out: string[] = [];
  for (const key of ['title', 'html', 'text', 'url'] as const) if (typeof a[key] !== 'string') out.push(`article.${key} is not a string`);
  if (!Number.isInteger(a.wordCount) || a.wordCount < 0) out.push(`wordCount ${a.wordCount}`);
  out.push(...inspectOutput(a.html, []).violations.map((v) => `unsafe HTML in the article: ${v}`));
  try {
    JSON.stringify(a);
  } catch {
    out.push('the article is not plain JSON');
  }
  return out;
}
