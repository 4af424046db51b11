import type { Article, ExtractResult, FailureReason } from './article';

const REASONS: readonly FailureReason[] = ['not-article', 'loading', 'not-html', 'restricted', 'error'];
const MAX_HTML = 20_000_000;

/**
 * The extractor answers from inside a page we do not trust, and a message
 * can be anything: accept only the shape we expect, with bounded sizes, and
 * turn everything else into an error the popup can show.
 */
export function parseExtractResult(value: unknown): ExtractResult {
  if (!value || typeof value !== 'object') return fail('error', 'The page gave no answer.');
  const v = value as Record<string, unknown>;
  if (v.ok === false) {
    const reason = REASONS.includes(v.reason as FailureReason) ? (v.reason as FailureReason) : 'error';
    return fail(reason, str(v.message, 2000) ?? '');
  }
  if (v.ok !== true || !v.article || typeof v.article !== 'object') return fail('error', 'The page gave an answer in an unknown form.');
  const a = v.article as Record<string, unknown>;
  const html = str(a.html, MAX_HTML);
  const text = str(a.text, MAX_HTML);
  const title = str(a.title, 2000);
  if (html === null || text === null) return fail('error', 'The article arrived incomplete.');
  const dir = a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : null;
  const article: Article = {
    title: title ?? '',
    byline: str(a.byline, 500),
    siteName: str(a.siteName, 500),
    publishedTime: str(a.publishedTime, 100),
    lang: langTag(a.lang),
    dir,
    excerpt: str(a.excerpt, 2000),
    html,
    text,
    wordCount: typeof a.wordCount === 'number' && Number.isFinite(a.wordCount) && a.wordCount >= 0 ? Math.floor(a.wordCount) : 0,
    url: str(a.url, 8000) ?? '',
  };
  return { ok: true, article };
}

function fail(reason: FailureReason, message: string): ExtractResult {
  return { ok: false, reason, message };
}

function str(x: unknown, max: number): string | null {
  return typeof x === 'string' && x.length <= max ? x : null;
}

/** Only a well-formed BCP 47 tag may reach a lang attribute. */
function langTag(x: unknown): string | null {
  return typeof x === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(x.trim()) ? x.trim() : null;
}
